package reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

/**
 * E-mails sent more often than they were meant to be: for each recipient, subject and link, the
 * e-mails the SMTP server received beyond the notifications the database holds for that
 * practitioner, subject and link. (Two identical notifications are not a fault: an alert withdrawn
 * when later events no longer met its rule, and raised again, tells its people again.)
 */
final class MailCopies {

    private MailCopies() {
    }

    static long twice(MimeMessage[] received, Connection db, Instant since) throws Exception {
        Map<String, Integer> extra = new HashMap<>();
        for (MimeMessage message : received) {
            String[] lines = String.valueOf(message.getContent()).trim().split("\\R");
            String link = lines[lines.length - 1].replaceFirst("^https?://[^/]+", "");
            extra.merge(message.getAllRecipients()[0] + "\n" + message.getSubject() + "\n" + link, 1, Integer::sum);
        }
        try (PreparedStatement sql = db.prepareStatement("""
                select p.email, n.subject, n.link from notifications.notification n
                join access.practitioner p on p.id = n.practitioner_id
                where n.created_at >= ? and p.email is not null""")) {
            sql.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    extra.merge(rs.getString(1) + "\n" + rs.getString(2) + "\n" + rs.getString(3), -1, Integer::sum);
                }
            }
        }
        return extra.values().stream().filter(n -> n > 0).mapToLong(Integer::longValue).sum();
    }
}
