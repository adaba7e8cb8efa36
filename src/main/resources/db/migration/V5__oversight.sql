-- Module oversight: alerts raised by rules over the chronology, their history, the times some
-- must be looked at again, notifications, professional disagreements, and the working-day calendar.

create schema oversight;

-- England and Wales bank holidays; administrators keep the list up to date.
create table oversight.bank_holiday (
    day        date primary key,
    name       text not null,
    changed_by text not null default 'migration',
    changed_at timestamptz not null default now()
);
insert into oversight.bank_holiday (day, name) values
    ('2020-01-01', 'New Year''s Day'),
    ('2020-04-10', 'Good Friday'),
    ('2020-04-13', 'Easter Monday'),
    ('2020-05-08', 'Early May bank holiday (VE day)'),
    ('2020-05-25', 'Spring bank holiday'),
    ('2020-08-31', 'Summer bank holiday'),
    ('2020-12-25', 'Christmas Day'),
    ('2020-12-28', 'Boxing Day (substitute day)'),
    ('2021-01-01', 'New Year''s Day'),
    ('2021-04-02', 'Good Friday'),
    ('2021-04-05', 'Easter Monday'),
    ('2021-05-03', 'Early May bank holiday'),
    ('2021-05-31', 'Spring bank holiday'),
    ('2021-08-30', 'Summer bank holiday'),
    ('2021-12-27', 'Christmas Day (substitute day)'),
    ('2021-12-28', 'Boxing Day (substitute day)'),
    ('2022-01-03', 'New Year''s Day (substitute day)'),
    ('2022-04-15', 'Good Friday'),
    ('2022-04-18', 'Easter Monday'),
    ('2022-05-02', 'Early May bank holiday'),
    ('2022-06-02', 'Spring bank holiday'),
    ('2022-06-03', 'Platinum Jubilee bank holiday'),
    ('2022-08-29', 'Summer bank holiday'),
    ('2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'),
    ('2022-12-26', 'Boxing Day'),
    ('2022-12-27', 'Christmas Day (substitute day)'),
    ('2023-01-02', 'New Year''s Day (substitute day)'),
    ('2023-04-07', 'Good Friday'),
    ('2023-04-10', 'Easter Monday'),
    ('2023-05-01', 'Early May bank holiday'),
    ('2023-05-08', 'Bank holiday for the coronation of King Charles III'),
    ('2023-05-29', 'Spring bank holiday'),
    ('2023-08-28', 'Summer bank holiday'),
    ('2023-12-25', 'Christmas Day'),
    ('2023-12-26', 'Boxing Day'),
    ('2024-01-01', 'New Year''s Day'),
    ('2024-03-29', 'Good Friday'),
    ('2024-04-01', 'Easter Monday'),
    ('2024-05-06', 'Early May bank holiday'),
    ('2024-05-27', 'Spring bank holiday'),
    ('2024-08-26', 'Summer bank holiday'),
    ('2024-12-25', 'Christmas Day'),
    ('2024-12-26', 'Boxing Day'),
    ('2025-01-01', 'New Year''s Day'),
    ('2025-04-18', 'Good Friday'),
    ('2025-04-21', 'Easter Monday'),
    ('2025-05-05', 'Early May bank holiday'),
    ('2025-05-26', 'Spring bank holiday'),
    ('2025-08-25', 'Summer bank holiday'),
    ('2025-12-25', 'Christmas Day'),
    ('2025-12-26', 'Boxing Day'),
    ('2026-01-01', 'New Year''s Day'),
    ('2026-04-03', 'Good Friday'),
    ('2026-04-06', 'Easter Monday'),
    ('2026-05-04', 'Early May bank holiday'),
    ('2026-05-25', 'Spring bank holiday'),
    ('2026-08-31', 'Summer bank holiday'),
    ('2026-12-25', 'Christmas Day'),
    ('2026-12-28', 'Boxing Day (substitute day)'),
    ('2027-01-01', 'New Year''s Day'),
    ('2027-03-26', 'Good Friday'),
    ('2027-03-29', 'Easter Monday'),
    ('2027-05-03', 'Early May bank holiday'),
    ('2027-05-31', 'Spring bank holiday'),
    ('2027-08-30', 'Summer bank holiday'),
    ('2027-12-27', 'Christmas Day (substitute day)'),
    ('2027-12-28', 'Boxing Day (substitute day)'),
    ('2028-01-03', 'New Year''s Day (substitute day)'),
    ('2028-04-14', 'Good Friday'),
    ('2028-04-17', 'Easter Monday'),
    ('2028-05-01', 'Early May bank holiday'),
    ('2028-05-29', 'Spring bank holiday'),
    ('2028-08-28', 'Summer bank holiday'),
    ('2028-12-25', 'Christmas Day'),
    ('2028-12-26', 'Boxing Day'),
    ('2029-01-01', 'New Year''s Day'),
    ('2029-03-30', 'Good Friday'),
    ('2029-04-02', 'Easter Monday'),
    ('2029-05-07', 'Early May bank holiday'),
    ('2029-05-28', 'Spring bank holiday'),
    ('2029-08-27', 'Summer bank holiday'),
    ('2029-12-25', 'Christmas Day'),
    ('2029-12-26', 'Boxing Day'),
    ('2030-01-01', 'New Year''s Day'),
    ('2030-04-19', 'Good Friday'),
    ('2030-04-22', 'Easter Monday'),
    ('2030-05-06', 'Early May bank holiday'),
    ('2030-05-27', 'Spring bank holiday'),
    ('2030-08-26', 'Summer bank holiday'),
    ('2030-12-25', 'Christmas Day'),
    ('2030-12-26', 'Boxing Day');

-- Administrators' changes to the numbers in the alert rules (the contract's defaults otherwise).
create table oversight.rule_setting (
    parameter  text primary key,
    value      integer not null,
    changed_by text not null,
    changed_at timestamptz not null
);

create table oversight.alert (
    id              uuid primary key,
    child_id        uuid not null references chronology.child (id),
    code            text not null,
    severity        text not null check (severity in ('LOW', 'MEDIUM', 'HIGH')),
    status          text not null check (status in ('OPEN', 'ACKNOWLEDGED', 'CLOSED', 'WITHDRAWN')),
    raised_at       timestamptz not null,
    updated_at      timestamptz not null,
    reasons         jsonb not null,
    evidence        uuid[] not null,
    agencies        uuid[] not null,
    restricted      boolean not null,
    raised_in_tx    bigint not null,
    acknowledged_at timestamptz,
    acknowledged_by text,
    closed_at       timestamptz,
    closed_by       text,
    close_reason    text
);
-- one alert per rule and child until a person closes it (or the rules withdraw it, when the events
-- now known no longer meet the rule)
create unique index alert_open_once on oversight.alert (child_id, code) where status in ('OPEN', 'ACKNOWLEDGED');
create index alert_open_by_age on oversight.alert (raised_at) where status in ('OPEN', 'ACKNOWLEDGED');
create index alert_child on oversight.alert (child_id);

-- Everything that happened to an alert, kept for good.
create table oversight.alert_history (
    id       bigint generated always as identity primary key,
    alert_id uuid not null references oversight.alert (id),
    at       timestamptz not null,
    actor    text not null,
    action   text not null,
    note     text,
    evidence uuid[]
);
create index alert_history_alert on oversight.alert_history (alert_id, at);

create function oversight.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% keeps its history: % refused', tg_table_schema || '.' || tg_table_name, tg_op
        using errcode = 'restrict_violation';
end
$$;
create trigger alert_history_append_only before update or delete on oversight.alert_history
    for each row execute function oversight.refuse_change();
create trigger alert_no_delete before delete on oversight.alert
    for each row execute function oversight.refuse_change();

-- One row per child whose alerts have been evaluated: evaluations lock their children's rows (in
-- id order), so two evaluations of the same child never interleave and the later sees all events.
create table oversight.evaluation_lock (
    child_id uuid primary key
);

-- When a child's time-based rules must be looked at again (e.g. a return interview's deadline).
create table oversight.deadline (
    child_id uuid not null,
    code     text not null,
    due_at   timestamptz not null,
    primary key (child_id, code)
);
create index deadline_due on oversight.deadline (due_at);

create table oversight.notification (
    id              uuid primary key,
    practitioner_id uuid not null references access.practitioner (id),
    child_id        uuid references chronology.child (id),
    alert_id        uuid references oversight.alert (id),
    disagreement_id uuid,
    subject         text not null,
    body            text not null,
    link            text,
    created_at      timestamptz not null,
    read_at         timestamptz,
    email_sent_at   timestamptz
);
create index notification_inbox on oversight.notification (practitioner_id, created_at desc);
create index notification_unsent on oversight.notification (created_at) where email_sent_at is null;

-- Professional disagreements (escalation) and each step they took.
create table oversight.disagreement (
    id                   uuid primary key,
    child_id             uuid not null references chronology.child (id),
    raised_by            text not null,
    raised_by_agency_id  uuid not null references access.agency (id),
    decision_kind        text not null,
    decision             text not null,
    with_agency_id       uuid not null references access.agency (id),
    with_practitioner_id uuid references access.practitioner (id),
    reason               text not null,
    stage                integer not null check (stage between 1 and 4),
    stage_started_on     date not null,
    stage_due_on         date not null,
    status               text not null check (status in ('OPEN', 'RESOLVED')),
    resolution           text,
    resolved_by          text,
    resolved_at          timestamptz,
    raised_at            timestamptz not null
);
create index disagreement_child on oversight.disagreement (child_id);
create index disagreement_open_due on oversight.disagreement (stage_due_on) where status = 'OPEN';

create table oversight.disagreement_step (
    id              bigint generated always as identity primary key,
    disagreement_id uuid not null references oversight.disagreement (id),
    at              timestamptz not null,
    actor           text not null,
    action          text not null,
    stage           integer not null,
    note            text
);
create index disagreement_step_of on oversight.disagreement_step (disagreement_id, at);
create trigger disagreement_step_append_only before update or delete on oversight.disagreement_step
    for each row execute function oversight.refuse_change();
create trigger disagreement_no_delete before delete on oversight.disagreement
    for each row execute function oversight.refuse_change();
