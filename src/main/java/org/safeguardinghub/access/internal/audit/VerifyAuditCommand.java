package org.safeguardinghub.access.internal.audit;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/**
 * {@code admin verify-audit [--head=ID:HASH]}: proves the audit log is as it was sealed and says so
 * in words; exit status 0 if it is, 1 if not, 2 for a malformed {@code --head}. The check itself is
 * {@link AuditVerifier}; this only prints it, and audits that the log was read.
 */
public final class VerifyAuditCommand {

    private VerifyAuditCommand() {
    }

    public static int run(ApplicationContext context, Map<String, String> options, PrintStream out) {
        MessageSource messages = context.getBean(MessageSource.class);
        Optional<ChainVerification.Head> head = ChainVerification.Head.parse(options.get("head"));
        if (options.containsKey("head") && head.isEmpty()) {
            out.println(text(messages, "audit.verify.head.invalid"));
            return 2;
        }
        ChainVerification.Report report = context.getBean(AuditVerifier.class).verify(head);
        print(report, messages, out);
        context.getBean(AuditLog.class).recordSystem("cli:" + System.getProperty("user.name"), AuditAction.VIEW_AUDIT,
                "verify-audit: " + (report.intact() ? "intact" : report.problemCount() + " problems"));
        return report.intact() ? 0 : 1;
    }

    static void print(ChainVerification.Report report, MessageSource messages, PrintStream out) {
        if (report.intact()) {
            out.println(text(messages, "audit.verify.intact", report.sealed(), report.head().eventId()));
        } else {
            out.println(text(messages, "audit.verify.broken", report.problemCount()));
            report.problems().forEach(p -> out.println("  " + text(messages, "audit.verify." + p.kind(), p.eventId(), p.other())));
            if (report.problemCount() > report.problems().size()) {
                out.println("  " + text(messages, "audit.verify.more", report.problemCount() - report.problems().size()));
            }
        }
        out.println(text(messages, "audit.verify.head", report.head().eventId(), report.head().chainHex()));
        if (report.unsealed() > 0) {
            out.println(text(messages, "audit.verify.unsealed", report.unsealed()));
        }
    }

    private static String text(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.UK);
    }
}
