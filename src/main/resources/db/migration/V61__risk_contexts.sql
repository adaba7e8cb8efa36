-- Contextual safeguarding (issue 17): places, peer groups, schools, online spaces, persons of
-- concern, vehicles and phone numbers, each recorded once and linked to the children it concerns;
-- a context's referral, assessment and meetings, and its own actions. Append-only: a link ends by a
-- row of its own, an action is done by a row of its own.
create table risk.context (
    id                   uuid primary key,
    kind                 text not null check (kind in ('PLACE', 'PEER_GROUP', 'SCHOOL', 'ONLINE_SPACE',
                                                       'PERSON_OF_CONCERN', 'VEHICLE', 'PHONE_NUMBER')),
    name                 text not null,
    description          text,
    sensitivity          text not null,
    area                 text not null,
    recording_agency_id  uuid not null references access.agency (id),
    recorded_by          text not null,
    recorded_at          timestamptz not null
);
create index context_area on risk.context (area, kind);

create table risk.context_link (
    id          uuid primary key,
    context_id  uuid not null references risk.context (id),
    child_id    uuid not null references chronology.child (id),
    source      text not null check (source in ('PRACTITIONER', 'SCREENING', 'EXPLOITATION_CONCERN', 'RETURN_INTERVIEW')),
    source_id   uuid,
    note        text,
    linked_by   text not null,
    agency_id   uuid not null references access.agency (id),
    linked_at   timestamptz not null
);
create index context_link_context on risk.context_link (context_id, child_id);
create index context_link_child on risk.context_link (child_id, context_id);

create table risk.context_link_end (
    link_id   uuid primary key references risk.context_link (id),
    ended_by  text not null,
    ended_at  timestamptz not null,
    reason    text not null
);

-- Referred, assessed, discussed at a context meeting (with the agencies present), closed.
create table risk.context_step (
    id          uuid primary key,
    context_id  uuid not null references risk.context (id),
    step        text not null check (step in ('REFERRED', 'ASSESSED', 'MEETING_HELD', 'CLOSED')),
    note        text not null,
    agencies    text[] not null,
    taken_by    text not null,
    taken_at    timestamptz not null
);
create index context_step_context on risk.context_step (context_id, taken_at);

create table risk.context_action (
    id            uuid primary key,
    context_id    uuid not null references risk.context (id),
    what          text not null,
    owner         text not null,
    due_on        date not null,
    arising_from  text not null check (arising_from in ('CONTEXT_MEETING', 'SCREENING', 'EXPLOITATION_CONCERN',
                                                         'RETURN_INTERVIEW')),
    created_by    text not null,
    created_at    timestamptz not null
);
create index context_action_context on risk.context_action (context_id, due_on);

create table risk.context_action_done (
    action_id  uuid primary key references risk.context_action (id),
    done_by    text not null,
    done_at    timestamptz not null,
    note       text not null
);

create trigger context_append_only before update or delete on risk.context
    for each row execute function risk.refuse_change();
create trigger context_link_append_only before update or delete on risk.context_link
    for each row execute function risk.refuse_change();
create trigger context_link_end_append_only before update or delete on risk.context_link_end
    for each row execute function risk.refuse_change();
create trigger context_step_append_only before update or delete on risk.context_step
    for each row execute function risk.refuse_change();
create trigger context_action_append_only before update or delete on risk.context_action
    for each row execute function risk.refuse_change();
create trigger context_action_done_append_only before update or delete on risk.context_action_done
    for each row execute function risk.refuse_change();
