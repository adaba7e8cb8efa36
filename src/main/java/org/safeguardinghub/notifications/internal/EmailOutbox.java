package org.safeguardinghub.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail relay (issue 18, ADR 0033), when {@code safeguarding.notifications.email.enabled}.
 * Every few seconds, on every node, it claims the due notifications of the last day for a lease
 * (one short committed statement, skip locked: see {@link NotificationStore#claimDue}), and only
 * then, outside any database transaction, sends each over SMTP and marks it sent at once (with its
 * audit entry, in one transaction). A failed send is tried again later ({@link EmailRetryPolicy})
 * and in the end marked failed. A relay that dies holding a claim delays its e-mails by the lease.
 *
 * <p>SMTP has no transaction to join: a crash after the server took a message and before it was
 * marked sent sends that one message again (at-least-once). Marking each message as soon as it is
 * sent keeps that window to one message and one short update; before this relay one transaction
 * covered a whole chunk of sends, so a crash resent all of them. E-mails say what happened and
 * link to the record; they hold no more than the inbox does.
 */
@Component
public class EmailOutbox {

    private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);
    static final int CHUNK = 200;

    private final NotificationsProperties.Email settings;
    private final EmailRetryPolicy retries;
    private final ObjectProvider<JavaMailSender> mail;
    private final Practitioners practitioners;
    private final NotificationStore store;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final Clock clock;

    EmailOutbox(NotificationsProperties properties, ObjectProvider<JavaMailSender> mail, Practitioners practitioners,
                NotificationStore store, AuditLog auditLog, TransactionTemplate transaction, Clock clock) {
        this.settings = properties.email();
        this.retries = new EmailRetryPolicy(settings.maxAttempts(), settings.retryDelay(), settings.maxRetryDelay());
        this.mail = mail;
        this.practitioners = practitioners;
        this.store = store;
        this.auditLog = auditLog;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** One round of the relay; how many e-mails it sent. */
    @Scheduled(fixedDelayString = "${safeguarding.notifications.email.interval:PT5S}")
    public int send() {
        JavaMailSender sender = mail.getIfAvailable();
        if (!settings.enabled() || sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        Instant until = now.plus(settings.lease());
        List<NotificationStore.Pending> claimed = store.claimDue(now, now.minus(Duration.ofDays(1)), until, CHUNK);
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<UUID, Practitioner> people = practitioners.byIds(claimed.stream()
                        .map(NotificationStore.Pending::practitionerId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Practitioner::id, Function.identity()));
        // stop sending well before the lease ends: past it another relay may claim the same rows
        Instant sendUntil = until.minus(settings.lease().dividedBy(2));
        int sent = 0;
        for (NotificationStore.Pending p : claimed) {
            if (clock.instant().isAfter(sendUntil)) {
                break;
            }
            sent += deliver(sender, people.get(p.practitionerId()), p) ? 1 : 0;
        }
        return sent;
    }

    private boolean deliver(JavaMailSender sender, Practitioner to, NotificationStore.Pending p) {
        if (to == null || to.email() == null) {
            store.markSent(p.id());
            return false;
        }
        try {
            sender.send(message(to, p));
        } catch (MailException e) {
            failed(p, e);
            return false;
        }
        transaction.executeWithoutResult(status -> {
            store.markSent(p.id());
            if (p.childId() != null) {
                auditLog.recordSystemAbout("system:email", AuditAction.SEND_EMAIL, p.childId(),
                        "notification " + p.id() + " e-mailed to " + to.username());
            }
        });
        return true;
    }

    private void failed(NotificationStore.Pending p, MailException e) {
        String error = String.valueOf(e.getMessage());
        error = error.length() > 500 ? error.substring(0, 500) : error;
        EmailRetryPolicy.Outcome outcome = retries.afterFailure(p.attempts(), clock.instant());
        switch (outcome) {
            case EmailRetryPolicy.Retry retry -> store.retryLater(p.id(), retry.at(), error);
            case EmailRetryPolicy.GiveUp giveUp -> store.markFailed(p.id(), error);
        }
        log.warn("Could not e-mail notification {} (attempt {}): {}; {}", p.id(), p.attempts(), error,
                outcome.reasonKey());
    }

    private SimpleMailMessage message(Practitioner to, NotificationStore.Pending p) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(to.email());
        message.setSubject(p.subject());
        message.setText(p.body() + (p.link() == null ? "" : "\n\n" + settings.baseUrl() + p.link()));
        return message;
    }
}
