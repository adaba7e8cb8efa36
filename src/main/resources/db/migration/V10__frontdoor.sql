-- The front door (issue 4): contacts, MASH triage, threshold decisions, level of need.
-- Everything here is append-only: a contact's rating, answers, decision and sign-off are rows of
-- their own, and the current state is the latest of them.
create schema frontdoor;

-- The local threshold document, one row per published version; its levels are rows below.
create table frontdoor.threshold_version (
    version       integer primary key,
    published_at  timestamptz not null,
    published_by  text not null,
    change_note   text not null
);

create table frontdoor.threshold_level (
    version      integer not null references frontdoor.threshold_version (version),
    level        integer not null check (level between 1 and 9),
    name         text not null,
    descriptors  text[] not null,
    primary key (version, level)
);

create sequence frontdoor.contact_number;

create table frontdoor.contact (
    id                   uuid primary key,
    reference            text not null unique,
    child_id             uuid not null references chronology.child (id),
    event_id             uuid not null,
    source               text not null check (source in ('WEB', 'FEED')),
    source_event_id      text,
    referrer_agency_id   uuid not null references access.agency (id),
    referrer_username    text,
    referrer_name        text,
    referrer_role        text,
    concern              text not null,
    categories           text[] not null,
    child_voice          text,
    parents_aware        text not null check (parents_aware in ('YES', 'NO', 'NOT_KNOWN')),
    urgency              text not null check (urgency in ('IMMEDIATE', 'URGENT', 'STANDARD')),
    made_at              timestamptz not null,
    received_at          timestamptz not null,
    decision_due_at      timestamptz not null,
    awaiting_decision    boolean not null
);
create index contact_child on frontdoor.contact (child_id, received_at);
create index contact_source_event on frontdoor.contact (referrer_agency_id, source_event_id);

create table frontdoor.contact_rating (
    id          uuid primary key,
    contact_id  uuid not null references frontdoor.contact (id),
    rag         text not null check (rag in ('RED', 'AMBER', 'GREEN')),
    note        text,
    rated_by    text not null,
    rated_at    timestamptz not null
);
create index contact_rating_contact on frontdoor.contact_rating (contact_id, rated_at);

create table frontdoor.information_request (
    id             uuid primary key,
    contact_id     uuid not null references frontdoor.contact (id),
    agency_id      uuid not null references access.agency (id),
    question       text not null,
    requested_by   text not null,
    requested_at   timestamptz not null,
    due_at         timestamptz not null
);
create index information_request_agency on frontdoor.information_request (agency_id, requested_at);
create index information_request_contact on frontdoor.information_request (contact_id);

create table frontdoor.information_answer (
    id           uuid primary key,
    request_id   uuid not null references frontdoor.information_request (id),
    answer       text not null,
    answered_by  text not null,
    answered_at  timestamptz not null,
    event_id     uuid not null
);
create index information_answer_request on frontdoor.information_answer (request_id);

-- A threshold decision on a contact; it takes effect when a manager signs it off.
create table frontdoor.threshold_decision (
    id                 uuid primary key,
    contact_id         uuid not null references frontdoor.contact (id),
    threshold_version  integer not null references frontdoor.threshold_version (version),
    level              integer not null,
    descriptors        text[] not null,
    rationale          text not null,
    outcome            text not null check (outcome in ('NO_FURTHER_ACTION', 'SIGNPOST_UNIVERSAL', 'EARLY_HELP',
                           'CHILD_AND_FAMILY_ASSESSMENT', 'STRATEGY_DISCUSSION', 'IMMEDIATE_PROTECTION')),
    advice             text,
    decided_by         text not null,
    decided_at         timestamptz not null
);
create index threshold_decision_contact on frontdoor.threshold_decision (contact_id, decided_at);

create table frontdoor.decision_sign_off (
    decision_id    uuid primary key references frontdoor.threshold_decision (id),
    signed_off_by  text not null,
    signed_off_at  timestamptz not null,
    note           text
);

-- A case's level of need over time: set by a signed-off threshold decision, or changed by a
-- recorded step up, step down or closure (which takes effect when a manager signs it off).
create table frontdoor.level_change (
    id                   uuid primary key,
    child_id             uuid not null references chronology.child (id),
    kind                 text not null check (kind in ('DECISION', 'STEP_UP', 'STEP_DOWN', 'CLOSURE')),
    from_level           integer,
    to_level             integer,
    rationale            text not null,
    review_held          boolean not null,
    agencies_consulted   uuid[] not null,
    contact_id           uuid references frontdoor.contact (id),
    proposed_by          text not null,
    proposed_at          timestamptz not null
);
create index level_change_child on frontdoor.level_change (child_id, proposed_at);

create table frontdoor.level_change_sign_off (
    change_id      uuid primary key references frontdoor.level_change (id),
    signed_off_by  text not null,
    signed_off_at  timestamptz not null
);

-- The default threshold document (levels of need 1 to 4); administrators publish new versions.
insert into frontdoor.threshold_version values (1, '2026-01-01T00:00:00Z', 'system:migration V10',
    'Default levels of need');
insert into frontdoor.threshold_level values
 (1, 1, 'Universal', array['Needs met by universal services', 'Developing well; no additional needs identified']),
 (1, 2, 'Early help', array['Emerging needs that one agency or a team around the family can meet',
        'Occasional missing from home or school without harm identified', 'Parenting needs support']),
 (1, 3, 'Child in need', array['Complex needs that need a social-work assessment (Children Act 1989 s17)',
        'Repeated missing episodes or school absence with concerns about who the child is with',
        'Early signs of exploitation: older associates, unexplained money or gifts, substance misuse']),
 (1, 4, 'Child protection / immediate risk', array['Reasonable cause to suspect significant harm (s47)',
        'Disclosure of sexual or physical abuse', 'Child sexual or criminal exploitation indicated',
        'Child under 13 in sexual activity']);

-- Contacts whose overdue decision the deadline check has already put to the DECISION_OVERDUE rule,
-- so each is looked at once when its deadline passes, not every minute after.
create table frontdoor.decision_overdue_seen (
    contact_id  uuid primary key references frontdoor.contact (id),
    seen_at     timestamptz not null
);

-- the triage queue reads the contacts awaiting a decision in deadline order
create index contact_awaiting on frontdoor.contact (decision_due_at) where awaiting_decision;
