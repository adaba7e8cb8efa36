-- Events between modules (Spring Modulith's event publication registry): a module's reaction to
-- another's event is recorded in the same transaction as the event, and retried until it completes.
create schema events;

create table events.event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on events.event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on events.event_publication (completion_date);

-- Other modules record entries in the chronology too (an alert acknowledged, a disagreement
-- escalated); when no person acted, the system is the recorder.
alter table chronology.event drop constraint event_recorded_by_kind_check;
alter table chronology.event add constraint event_recorded_by_kind_check
    check (recorded_by_kind in ('PRACTITIONER', 'API_CLIENT', 'SYSTEM'));
