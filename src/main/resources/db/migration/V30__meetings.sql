-- Meetings (issue 14): strategy discussions, conferences, core groups and reviews; who was invited
-- and why a required agency was left out; replies and partners' reports; minutes, each save a new
-- revision, finalised ones numbered (the version MeetingFinalised carries); decisions, owned
-- actions and recommendations kept apart; progress on actions. Everything here is append-only
-- except meetings.child_due, the deadline job's note of each child's next statutory meeting.
create schema meetings;

create function meetings.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'meetings records are append-only: % on %.% refused', tg_op, tg_table_schema, tg_table_name;
end;
$$;

create table meetings.meeting (
    id                  uuid primary key,
    child_id            uuid not null references chronology.child (id),
    type                text not null,
    scheduled_on        date not null,
    scheduled_time      time,
    place               text,
    organiser_id        uuid not null references access.practitioner (id),
    organiser_agency_id uuid not null references access.agency (id),
    -- when the statutory clock started, given by the organiser where the hub holds no record of it
    anchor_on           date,
    due_on              date,
    due_reason          text,
    due_args            text[],
    convened_at         timestamptz not null,
    convened_by         text not null
);
create index meeting_child on meetings.meeting (child_id, scheduled_on);
create index meeting_organiser on meetings.meeting (organiser_id, scheduled_on);

create table meetings.invitation (
    id              uuid primary key,
    meeting_id      uuid not null references meetings.meeting (id),
    practitioner_id uuid not null references access.practitioner (id),
    agency_id       uuid not null references access.agency (id),
    role            text,
    source          text not null check (source in ('ORGANISER', 'NETWORK', 'REQUIRED', 'ADDED')),
    invited_at      timestamptz not null,
    invited_by      text not null,
    unique (meeting_id, practitioner_id)
);
create index invitation_practitioner on meetings.invitation (practitioner_id);

-- every reply is kept; the latest is the invitee's answer
create table meetings.reply (
    id                 uuid primary key,
    invitation_id      uuid not null references meetings.invitation (id),
    response           text not null check (response in ('ACCEPTED', 'DECLINED', 'REPORT_SENT')),
    reason             text,
    report             text,
    report_sensitivity text,
    replied_by         text not null,
    replied_at         timestamptz not null
);
create index reply_invitation on meetings.reply (invitation_id, replied_at);

-- an agency type the meeting requires that the organiser left out, and why
create table meetings.left_out (
    meeting_id  uuid not null references meetings.meeting (id),
    agency_type text not null,
    reason      text not null,
    recorded_by text not null,
    recorded_at timestamptz not null,
    primary key (meeting_id, agency_type)
);

create table meetings.minutes (
    id                  uuid primary key,
    meeting_id          uuid not null references meetings.meeting (id),
    revision            integer not null,
    final_version       integer,
    held_on             date not null,
    chair               text,
    child_participation text,
    child_views         text,
    parents_views       text,
    analysis            text,
    warnings            jsonb not null default '[]',
    correction_reason   text,
    chronology_event_id uuid,
    recorded_by         text not null,
    recorded_at         timestamptz not null,
    unique (meeting_id, revision),
    unique (meeting_id, final_version)
);

create table meetings.attendance (
    minutes_id    uuid not null references meetings.minutes (id),
    invitation_id uuid not null references meetings.invitation (id),
    attendance    text not null check (attendance in ('ATTENDED', 'APOLOGIES', 'DID_NOT_ATTEND')),
    primary key (minutes_id, invitation_id)
);

-- what each agency shared, at the sensitivity it was shared at
create table meetings.contribution (
    minutes_id  uuid not null references meetings.minutes (id),
    agency_id   uuid not null references access.agency (id),
    text        text not null,
    sensitivity text not null,
    primary key (minutes_id, agency_id)
);

create table meetings.decision (
    minutes_id uuid not null references meetings.minutes (id),
    position   integer not null,
    kind       text not null,
    category   text,
    detail     text,
    primary key (minutes_id, position)
);

-- an action keeps its id from revision to revision
create table meetings.action (
    minutes_id      uuid not null references meetings.minutes (id),
    action_id       uuid not null,
    position        integer not null,
    what            text not null,
    owner_id        uuid not null references access.practitioner (id),
    owner_agency_id uuid not null references access.agency (id),
    due_on          date not null,
    done_looks_like text,
    primary key (minutes_id, action_id)
);
create index action_owner on meetings.action (owner_id);
create index action_owner_agency on meetings.action (owner_agency_id);

create table meetings.recommendation (
    minutes_id uuid not null references meetings.minutes (id),
    position   integer not null,
    text       text not null,
    primary key (minutes_id, position)
);

create table meetings.action_progress (
    id        uuid primary key,
    action_id uuid not null,
    status    text not null check (status in ('DONE')),
    note      text,
    by_whom   text not null,
    at        timestamptz not null
);
create index action_progress_action on meetings.action_progress (action_id);

-- the deadline job's note per child: the earliest statutory meeting still to be held, who answers
-- for it, and the due date an alert was last reported for (derived; rewritten on every change)
create table meetings.child_due (
    child_id           uuid primary key references chronology.child (id),
    type               text,
    due_on             date,
    agency_id          uuid,
    practitioner_id    uuid,
    reported_for       date,
    updated_at         timestamptz not null
);
create index child_due_on on meetings.child_due (due_on) where due_on is not null;

create trigger meeting_append_only before update or delete on meetings.meeting
    for each row execute function meetings.refuse_change();
create trigger invitation_append_only before update or delete on meetings.invitation
    for each row execute function meetings.refuse_change();
create trigger reply_append_only before update or delete on meetings.reply
    for each row execute function meetings.refuse_change();
create trigger left_out_append_only before update or delete on meetings.left_out
    for each row execute function meetings.refuse_change();
create trigger minutes_append_only before update or delete on meetings.minutes
    for each row execute function meetings.refuse_change();
create trigger attendance_append_only before update or delete on meetings.attendance
    for each row execute function meetings.refuse_change();
create trigger contribution_append_only before update or delete on meetings.contribution
    for each row execute function meetings.refuse_change();
create trigger decision_append_only before update or delete on meetings.decision
    for each row execute function meetings.refuse_change();
create trigger action_append_only before update or delete on meetings.action
    for each row execute function meetings.refuse_change();
create trigger recommendation_append_only before update or delete on meetings.recommendation
    for each row execute function meetings.refuse_change();
create trigger action_progress_append_only before update or delete on meetings.action_progress
    for each row execute function meetings.refuse_change();
create trigger meetings_no_truncate before truncate on meetings.meeting
    for each statement execute function meetings.refuse_change();
