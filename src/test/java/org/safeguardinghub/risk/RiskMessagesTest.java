package org.safeguardinghub.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every word the module shows is in its bundle: the keys built from its enums' values, and every
 * {@code risk.*} key its code and templates name.
 */
class RiskMessagesTest {

    static final Map<String, Class<? extends Enum<?>>> KEYED_BY_VALUE = Map.of(
            "risk.level.", RiskLevel.class, "risk.levelDescription.", RiskLevel.class,
            "risk.context.kind.", ContextKind.class, "risk.context.kindLower.", ContextKind.class,
            "risk.context.step.", ContextStep.class, "risk.link.source.", ContextLink.Source.class,
            "risk.context.action.source.", Context.ActionSource.class);
    static final Pattern KEY = Pattern.compile("\"(risk\\.[a-zA-Z0-9.]+[a-zA-Z0-9])\"|#\\{(risk\\.[a-zA-Z0-9.]+[a-zA-Z0-9])");

    static Properties bundle() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = RiskMessagesTest.class.getResourceAsStream("/messages/risk.properties")) {
            messages.load(in);
        }
        return messages;
    }

    @Test
    void everyValueShownHasItsWords() throws IOException {
        Properties messages = bundle();
        List<String> missing = new ArrayList<>();
        KEYED_BY_VALUE.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                if (!messages.containsKey(prefix + value.name())) {
                    missing.add(prefix + value.name());
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyTheCodeAndTemplatesNameIsInTheBundle() throws IOException {
        Properties messages = bundle();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java/org/safeguardinghub/risk")),
                Files.walk(Path.of("src/main/resources/templates/risk")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    boolean prefix = KEYED_BY_VALUE.keySet().stream().anyMatch(p -> p.equals(key + "."));
                    if (!prefix && !messages.containsKey(key)) {
                        missing.add(key + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
