package org.safeguardinghub.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguardinghub.access.AuditAction;
import org.safeguardinghub.access.AuditLog;
import org.safeguardinghub.access.Practitioner;
import org.safeguardinghub.access.Practitioners;
import org.safeguardinghub.notifications.NotificationsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notifications by e-mail when {@code safeguarding.notifications.email.enabled}: every few
 * seconds it takes the notifications of the last day not yet e-mailed (skip-locked, so one node
 * sends each), sends them to the practitioners' addresses and marks them sent. E-mails say what
 * happened and link to the record; they hold no more than the inbox does.
 */
@Component
public class EmailOutbox {

    private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);
    static final int CHUNK = 200;

    private final NotificationsProperties properties;
    private final ObjectProvider<JavaMailSender> mail;
    private final Practitioners practitioners;
    private final NotificationStore store;
    private final AuditLog auditLog;
    private final Clock clock;

    EmailOutbox(NotificationsProperties properties, ObjectProvider<JavaMailSender> mail, Practitioners practitioners,
                NotificationStore store, AuditLog auditLog, Clock clock) {
        this.properties = properties;
        this.mail = mail;
        this.practitioners = practitioners;
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${safeguarding.notifications.email.interval:PT5S}")
    @Transactional
    public int send() {
        JavaMailSender sender = mail.getIfAvailable();
        if (!properties.email().enabled() || sender == null) {
            return 0;
        }
        List<NotificationStore.Pending> pending = store.unsent(clock.instant().minus(Duration.ofDays(1)), CHUNK);
        Map<UUID, Practitioner> people = practitioners.byIds(pending.stream()
                        .map(NotificationStore.Pending::practitionerId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Practitioner::id, Function.identity()));
        int sent = 0;
        for (NotificationStore.Pending p : pending) {
            Practitioner to = people.get(p.practitionerId());
            if (to != null && to.email() != null) {
                try {
                    sender.send(message(to, p));
                    if (p.childId() != null) {
                        auditLog.recordSystemAbout("system:email", AuditAction.SEND_EMAIL, p.childId(),
                                "notification " + p.id() + " e-mailed to " + to.username());
                    }
                    sent++;
                } catch (MailException e) {
                    log.warn("Could not e-mail notification {}: {}", p.id(), e.getMessage());
                    continue;
                }
            }
            store.markSent(p.id());
        }
        return sent;
    }

    private SimpleMailMessage message(Practitioner to, NotificationStore.Pending p) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.email().from());
        message.setTo(to.email());
        message.setSubject(p.subject());
        message.setText(p.body() + (p.link() == null ? "" : "\n\n" + properties.email().baseUrl() + p.link()));
        return message;
    }
}
