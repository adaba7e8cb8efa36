-- Module chronology: children, what identifies them, their family and professional network, and
-- the append-only multi-agency chronology of events about them.

create schema chronology;

create table chronology.child (
    id                   uuid primary key,
    given_name           text,
    family_name          text,
    date_of_birth        date,
    sex                  text,
    ethnicity            text,
    created_at           timestamptz not null,
    created_by_agency_id uuid references access.agency (id)
);

-- Every name a child is or was known by. name_key is the name folded for case and accents,
-- used for exact linking; given_key and family_key serve the name search.
create table chronology.child_name (
    id               uuid primary key,
    child_id         uuid not null references chronology.child (id),
    given_name       text,
    family_name      text,
    name_key         text not null,
    given_key        text not null,
    family_key       text not null,
    kind             text not null check (kind in ('CURRENT', 'FORMER', 'ALIAS')),
    source_agency_id uuid references access.agency (id),
    recorded_at      timestamptz not null
);
create unique index child_name_once on chronology.child_name (child_id, name_key);
create index child_name_key on chronology.child_name (name_key);
create index child_name_given on chronology.child_name (given_key text_pattern_ops);
create index child_name_family on chronology.child_name (family_key text_pattern_ops);

create table chronology.child_identifier (
    id               uuid primary key,
    child_id         uuid not null references chronology.child (id),
    kind             text not null check (kind in ('NHS', 'UPN', 'LOCAL')),
    issuer_agency_id uuid references access.agency (id),
    value            text not null,
    source_agency_id uuid references access.agency (id),
    recorded_at      timestamptz not null,
    check ((kind = 'LOCAL') = (issuer_agency_id is not null))
);
-- one child per NHS number or UPN; one child per agency's local id
create unique index child_identifier_national on chronology.child_identifier (kind, value) where kind <> 'LOCAL';
create unique index child_identifier_local on chronology.child_identifier (issuer_agency_id, value) where kind = 'LOCAL';
-- and one NHS number per child: two different NHS numbers are two different people
create unique index child_identifier_one_nhs on chronology.child_identifier (child_id) where kind = 'NHS';
create index child_identifier_child on chronology.child_identifier (child_id);

create table chronology.child_address (
    id               uuid primary key,
    child_id         uuid not null references chronology.child (id),
    address          text,
    postcode         text,
    address_key      text not null,
    known_from       timestamptz not null,
    source_agency_id uuid references access.agency (id),
    recorded_at      timestamptz not null
);
create unique index child_address_once on chronology.child_address (child_id, address_key);

-- Family and household (for the genogram). The related person may also be a child on the hub.
create table chronology.family_member (
    id               uuid primary key,
    child_id         uuid not null references chronology.child (id),
    name             text not null,
    relationship     text not null,
    lives_with_child boolean not null,
    date_of_birth    date,
    related_child_id uuid references chronology.child (id),
    notes            text,
    recorded_by      text not null,
    recorded_at      timestamptz not null
);
create index family_member_child on chronology.family_member (child_id);

-- Who works with the child. practitioner_id is null when only the agency is known (an agency
-- becomes involved, from the date of its first event, when it sends events about the child).
create table chronology.network_member (
    id              uuid primary key,
    child_id        uuid not null references chronology.child (id),
    agency_id       uuid not null references access.agency (id),
    practitioner_id uuid references access.practitioner (id),
    role            text,
    started_on      date not null,
    ended_on        date,
    recorded_by     text not null,
    recorded_at     timestamptz not null,
    ended_by        text,
    end_reason      text,
    check (ended_on is null or ended_on >= started_on)
);
create index network_member_child on chronology.network_member (child_id);
create index network_member_practitioner on chronology.network_member (practitioner_id) where practitioner_id is not null;
create index network_member_agency on chronology.network_member (agency_id, child_id);
create unique index network_member_agency_once on chronology.network_member (child_id, agency_id)
    where practitioner_id is null and ended_on is null;
create unique index network_member_practitioner_once on chronology.network_member (child_id, practitioner_id)
    where practitioner_id is not null and ended_on is null;

-- The chronology. Each row is one version of an event; a correction adds a version and marks the
-- one it replaces as superseded, which is the only change a row may ever receive.
create table chronology.event (
    id                uuid primary key,
    event_id          uuid not null,
    version           integer not null check (version >= 1),
    child_id          uuid not null references chronology.child (id),
    agency_id         uuid not null references access.agency (id),
    source_event_id   text,
    content_hash      bytea,
    type              text not null,
    occurred_at       timestamptz not null,
    occurred_date_only boolean not null default false,
    ended_at          timestamptz,
    ended_date_only   boolean not null default false,
    summary           text not null,
    details           jsonb,
    significance      text not null check (significance in ('ROUTINE', 'SIGNIFICANT', 'CRITICAL')),
    sensitivity       text not null check (sensitivity in ('STANDARD', 'HEALTH', 'SEXUAL_HEALTH', 'POLICE_INTELLIGENCE')),
    subject           jsonb,
    recorded_at       timestamptz not null,
    recorded_by       text not null,
    recorded_by_kind  text not null check (recorded_by_kind in ('PRACTITIONER', 'API_CLIENT')),
    correction_reason text,
    superseded        boolean not null default false,
    check (ended_at is null or ended_at >= occurred_at),
    check ((version = 1) = (correction_reason is null))
);
create unique index event_version on chronology.event (event_id, version);
-- a partner's eventId is unique per sending agency (idempotent resends)
create unique index event_source on chronology.event (agency_id, source_event_id)
    where version = 1 and source_event_id is not null;
create index event_current_by_child on chronology.event (child_id, occurred_at desc, id desc) where not superseded;

create function chronology.event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and not old.superseded and new.superseded
            and (to_jsonb(new) - 'superseded') = (to_jsonb(old) - 'superseded') then
        return new;
    end if;
    raise exception 'chronology.event is append-only: a correction adds a version (% refused)', tg_op
        using errcode = 'restrict_violation';
end
$$;
create function chronology.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% keeps its history: % refused', tg_table_schema || '.' || tg_table_name, tg_op
        using errcode = 'restrict_violation';
end
$$;

create trigger event_append_only before update or delete on chronology.event
    for each row execute function chronology.event_append_only();
create trigger event_no_truncate before truncate on chronology.event
    for each statement execute function chronology.refuse_change();

-- children, names, identifiers and addresses are never deleted either
create trigger child_no_delete before delete on chronology.child
    for each row execute function chronology.refuse_change();
create trigger child_name_no_delete before delete on chronology.child_name
    for each row execute function chronology.refuse_change();
create trigger child_identifier_no_delete before delete on chronology.child_identifier
    for each row execute function chronology.refuse_change();
create trigger network_member_no_delete before delete on chronology.network_member
    for each row execute function chronology.refuse_change();
create trigger family_member_no_delete before delete on chronology.family_member
    for each row execute function chronology.refuse_change();
