-- The e-mail outbox becomes a relay (issue 18, ADR 0033). A relay claims due rows for a lease in a
-- short transaction of its own (skip locked, so two nodes never claim the same row), sends them
-- after that commit, and marks each sent as soon as the SMTP server took it. A failed send is
-- retried with a growing delay, a bounded number of times, and then marked failed: kept, and
-- counted where operators look (the metric hub.notifications.email.failed).
alter table notifications.notification
    add column email_attempts        integer not null default 0,
    add column email_claimed_until   timestamptz,
    add column email_next_attempt_at timestamptz,
    add column email_failed_at       timestamptz,
    add column email_error           text;

drop index if exists notifications.notification_unsent;
create index notification_unsent on notifications.notification (created_at)
    where email_sent_at is null and email_failed_at is null;
create index notification_email_failed on notifications.notification (email_failed_at)
    where email_failed_at is not null;
