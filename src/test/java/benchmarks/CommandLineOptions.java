package benchmarks;

import java.util.HashMap;
import java.util.Map;

/** The {@code --name=value} arguments every benchmark and harness under {@code scripts/} takes; anything else is ignored. */
public final class CommandLineOptions {

    private CommandLineOptions() {
    }

    public static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }
}
