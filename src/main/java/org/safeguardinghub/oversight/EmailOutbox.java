package org.safeguardinghub.oversight;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.shared.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notifications by e-mail when {@code safeguarding.oversight.email.enabled}: every few
 * seconds it takes the notifications of the last day not yet e-mailed (skip-locked, so one node
 * sends each), sends them to the practitioners' addresses and marks them sent. E-mails say what
 * happened and link to the record; they hold no more than the inbox does.
 */
@Component
class EmailOutbox {

    private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);
    static final int CHUNK = 200;

    private final OversightProperties properties;
    private final ObjectProvider<JavaMailSender> mail;
    private final Practitioners practitioners;
    private final JdbcClient jdbc;
    private final Clock clock;

    EmailOutbox(OversightProperties properties, ObjectProvider<JavaMailSender> mail, Practitioners practitioners,
                JdbcClient jdbc, Clock clock) {
        this.properties = properties;
        this.mail = mail;
        this.practitioners = practitioners;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Pending(UUID id, UUID practitionerId, String subject, String body, String link) {
    }

    @Scheduled(fixedDelayString = "${safeguarding.oversight.email.interval:PT5S}")
    @Transactional
    public int send() {
        JavaMailSender sender = mail.getIfAvailable();
        if (!properties.email().enabled() || sender == null) {
            return 0;
        }
        List<Pending> pending = jdbc.sql("""
                select id, practitioner_id, subject, body, link from oversight.notification
                where email_sent_at is null and created_at > :since
                order by created_at limit :limit for update skip locked""")
                .param("since", Timestamps.of(clock.instant().minus(java.time.Duration.ofDays(1))))
                .param("limit", CHUNK)
                .query((rs, n) -> new Pending(rs.getObject("id", UUID.class), rs.getObject("practitioner_id", UUID.class),
                        rs.getString("subject"), rs.getString("body"), rs.getString("link")))
                .list();
        Map<UUID, Practitioner> people = practitioners.byIds(pending.stream().map(Pending::practitionerId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Practitioner::id, Function.identity()));
        int sent = 0;
        for (Pending p : pending) {
            Practitioner to = people.get(p.practitionerId());
            if (to != null && to.email() != null) {
                try {
                    SimpleMailMessage message = new SimpleMailMessage();
                    message.setFrom(properties.email().from());
                    message.setTo(to.email());
                    message.setSubject(p.subject());
                    message.setText(p.body() + (p.link() == null ? "" : "\n\n" + properties.email().baseUrl() + p.link()));
                    sender.send(message);
                    sent++;
                } catch (MailException e) {
                    log.warn("Could not e-mail notification {}: {}", p.id(), e.getMessage());
                    continue;
                }
            }
            jdbc.sql("update oversight.notification set email_sent_at = :at where id = :id")
                    .param("at", Timestamps.of(clock)).param("id", p.id()).update();
        }
        return sent;
    }

}
