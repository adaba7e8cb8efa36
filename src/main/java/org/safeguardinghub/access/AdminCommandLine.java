package org.safeguardinghub.access;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguardinghub.access.internal.audit.VerifyAuditCommand;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.env.MapPropertySource;

/**
 * Administration from the command line, against the same database as the application:
 * {@code java -jar safeguarding-hub.jar admin add-agency --code=POLICE-EAST --name="Eastshire Police"
 * --type=POLICE --area=East}. Run {@code admin help} for every command.
 */
public final class AdminCommandLine {

    static final String USAGE = """
            Safeguarding Hub administration. Commands:
              admin add-agency --code=CODE --name=NAME --type=TYPE --area=AREA
                  TYPE is one of %s
              admin add-practitioner --username=NAME --name="DISPLAY NAME" --agency=CODE --roles=ROLE[,ROLE]
                                     [--job-title=..] [--team=..] [--email=..] [--phone=..] [--password=..]
                  ROLE is one of %s; without --password one is generated and printed once
              admin add-client --client-id=ID --agency=CODE [--description=..]
                  the client's secret is printed once
              admin list-agencies | list-practitioners | list-clients
              admin verify-audit [--head=ID:HASH]
                  proves the audit log is as it was sealed (exit status 0) or lists what is not (1);
                  --head also checks that entry ID's seal still has the chain hash an earlier run printed
            Database options (--safeguarding.data-dir=.., --spring.datasource.url=..) work as for the server.
            """.formatted(Arrays.toString(AgencyType.values()), Arrays.toString(Role.values()));

    private AdminCommandLine() {
    }

    public static boolean isAdminCommand(String[] args) {
        return args.length > 0 && args[0].equals("admin");
    }

    /** Runs one command and returns the process exit code. */
    public static int run(Class<?> application, String[] args, PrintStream out) {
        if (args.length < 2 || args[1].equals("help")) {
            out.println(USAGE);
            return args.length < 2 ? 2 : 0;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off")
                // above application.properties, which turns the demo on: a command must not reset the demo accounts
                .initializers(c -> c.getEnvironment().getPropertySources().addFirst(
                        new MapPropertySource("admin-command", Map.of("safeguarding.demo.enabled", "false"))))
                .logStartupInfo(false)
                .run(args)) {
            return execute(context, args[1], options(args), out);
        }
    }

    public static int execute(ConfigurableApplicationContext context, String command, Map<String, String> o, PrintStream out) {
        Administration admin = context.getBean(Administration.class);
        Administration.ChangedBy actor = Administration.ChangedBy.system("cli:" + System.getProperty("user.name"));
        MessageSource messages = context.getBean(MessageSource.class);
        switch (command) {
            case "add-agency" -> {
                var outcome = admin.addAgency(actor, o.get("code"), o.get("name"), o.get("type"), o.get("area"));
                return report(outcome, a -> "Added agency " + a.code() + " (" + a.name() + ")", messages, out);
            }
            case "add-practitioner" -> {
                Set<String> roles = o.containsKey("roles")
                        ? Arrays.stream(o.get("roles").split(",")).map(String::strip).collect(Collectors.toSet()) : Set.of();
                var outcome = admin.addPractitioner(actor, o.get("username"), o.get("name"), o.get("job-title"),
                        o.get("email"), o.get("phone"), o.get("agency"), o.get("team"), roles, o.get("password"));
                return report(outcome, a -> "Added practitioner " + a.practitioner().username()
                        + (o.containsKey("password") ? "" : "; initial password (shown once): " + a.initialPassword()),
                        messages, out);
            }
            case "add-client" -> {
                var outcome = admin.addClient(actor, o.get("client-id"), o.get("agency"), o.get("description"));
                return report(outcome, s -> "Added API client " + s.client().clientId() + " for "
                        + s.client().agency().code() + "; secret (shown once): " + s.secret(), messages, out);
            }
            case "list-agencies" -> context.getBean(Agencies.class).all().forEach(a ->
                    out.println(String.join("\t", a.code(), a.type().name(), a.area(), a.name())));
            case "list-practitioners" -> context.getBean(Practitioners.class).all().forEach(p ->
                    out.println(String.join("\t", p.username(), p.agency().code(), p.roles().toString(), p.displayName())));
            case "list-clients" -> context.getBean(ApiClients.class).all().forEach(c ->
                    out.println(String.join("\t", c.clientId(), c.agency().code(), c.active() ? "active" : "inactive")));
            case "verify-audit" -> {
                return VerifyAuditCommand.run(context, o, out);
            }
            default -> {
                out.println("Unknown command " + command + "\n\n" + USAGE);
                return 2;
            }
        }
        return 0;
    }

    private static <T> int report(Administration.Outcome<T> outcome, java.util.function.Function<T, String> done,
                                  MessageSource messages, PrintStream out) {
        if (outcome.ok()) {
            out.println(done.apply(outcome.made()));
            return 0;
        }
        outcome.errors().forEach((field, key) ->
                out.println("--" + field + ": " + messages.getMessage(key, null, key, Locale.UK)));
        return 1;
    }

    /** {@code --name=value} pairs after the command; Spring's own options pass through untouched. */
    public static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : List.of(args).subList(2, args.length)) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }
}
