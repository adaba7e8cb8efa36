-- Missing children (issue 16): episodes, the reports they are merged from, return interviews,
-- missing profiles and trigger plans. Reports, interviews, profiles and plans are facts: each is
-- kept as recorded, a return or a correction being a new version of a report, and nothing is deleted.
-- An episode is the hub's grouping of reports (same child, overlapping times): its times and whether
-- it was merged into another follow its reports, and it is never deleted either.
create schema missing;

create function missing.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'missing.%: rows are kept as recorded (% refused)', tg_table_name, tg_op;
end $$;

create table missing.episode (
    id                 uuid primary key,
    child_id           uuid not null references chronology.child (id),
    started_at         timestamptz not null,
    ended_at           timestamptz,
    -- another episode the same event turned out to be, once a report showed them to overlap
    merged_into        uuid references missing.episode (id),
    -- no current report tells of it any more (every report of it corrected away)
    withdrawn          boolean not null default false,
    -- the deadline job has looked at it since it ended (set again whenever its end changes)
    interview_checked  boolean not null default false,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create index episode_child on missing.episode (child_id, started_at) where merged_into is null and not withdrawn;
create index episode_interview_due on missing.episode (ended_at)
    where merged_into is null and not withdrawn and not interview_checked and ended_at is not null;
create trigger episode_no_delete before delete on missing.episode
    for each row execute function missing.refuse_change();

create table missing.report (
    id                  uuid primary key,
    report_id           uuid not null,
    version             integer not null,
    superseded          boolean not null default false,
    episode_id          uuid not null references missing.episode (id),
    child_id            uuid not null references chronology.child (id),
    source              text not null check (source in ('FORM', 'FEED', 'ENTRY')),
    agency_id           uuid not null references access.agency (id),
    event_id            uuid,
    source_event_id     text,
    from_setting        text check (from_setting in ('HOME', 'CARE', 'EDUCATION')),
    absence             text check (absence in ('MISSING', 'AWAY')),
    reported_to_police  boolean,
    police_reference    text,
    risk_grading        text check (risk_grading in ('HIGH', 'MEDIUM', 'LOW', 'VERY_LOW', 'NO_APPARENT_RISK')),
    started_at          timestamptz not null,
    ended_at            timestamptz check (ended_at >= started_at),
    found_at            text,
    found_with          text,
    injuries            text,
    intoxicated         boolean,
    disclosures         text,
    sensitivity         text not null,
    recorded_by         text not null,
    recorded_at         timestamptz not null,
    unique (report_id, version)
);
create index report_child on missing.report (child_id) where not superseded;
create index report_event on missing.report (event_id) where event_id is not null;
create index report_agency_child on missing.report (agency_id, child_id) where not superseded;
create index report_episode on missing.report (episode_id) where not superseded;

-- A report's facts are kept as recorded; only its grouping and whether a later version replaced it change.
create function missing.report_facts_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or (to_jsonb(new) - 'episode_id' - 'superseded') <> (to_jsonb(old) - 'episode_id' - 'superseded')
       or (old.superseded and not new.superseded) then
        raise exception 'missing.report: a report is kept as recorded; record a new version instead';
    end if;
    return new;
end $$;
create trigger report_facts_kept before update or delete on missing.report
    for each row execute function missing.report_facts_kept();

create table missing.episode_step (
    id          bigserial primary key,
    episode_id  uuid not null references missing.episode (id),
    at          timestamptz not null,
    actor       text not null,
    action      text not null,
    note        text
);
create index episode_step_episode on missing.episode_step (episode_id, at);
create trigger episode_step_append_only before update or delete on missing.episode_step
    for each row execute function missing.refuse_change();

create table missing.return_interview (
    id                uuid primary key,
    child_id          uuid not null references chronology.child (id),
    episode_id        uuid references missing.episode (id),
    missing_event_id  text,
    source            text not null check (source in ('FORM', 'FEED', 'ENTRY')),
    agency_id         uuid not null references access.agency (id),
    event_id          uuid,
    superseded        boolean not null default false,
    offered_at        timestamptz not null,
    offered_by        text,
    accepted          boolean,
    completed_at      timestamptz,
    childs_voice      text,
    push_factors      text,
    pull_factors      text,
    indicators        text[] not null default '{}',
    sensitivity       text not null,
    recorded_by       text not null,
    recorded_at       timestamptz not null
);
create index return_interview_child on missing.return_interview (child_id) where not superseded;
create index return_interview_event on missing.return_interview (event_id) where event_id is not null;

create function missing.interview_facts_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or (to_jsonb(new) - 'superseded') <> (to_jsonb(old) - 'superseded') or old.superseded then
        raise exception 'missing.return_interview: an interview is kept as recorded';
    end if;
    return new;
end $$;
create trigger return_interview_facts_kept before update or delete on missing.return_interview
    for each row execute function missing.interview_facts_kept();

-- The missing profile (the Philomena Protocol): each save a new version.
create table missing.profile (
    id               uuid primary key,
    child_id         uuid not null references chronology.child (id),
    version          integer not null,
    description      text,
    photo_reference  text,
    phone_numbers    text,
    social_media     text,
    associates       text,
    places           text,
    triggers         text,
    what_works       text,
    recorded_by      text not null,
    recorded_at      timestamptz not null,
    unique (child_id, version)
);
create trigger profile_append_only before update or delete on missing.profile
    for each row execute function missing.refuse_change();

-- The missing trigger plan: each save a new version, its stages rows of their own.
create table missing.trigger_plan (
    id           uuid primary key,
    child_id     uuid not null references chronology.child (id),
    version      integer not null,
    triggers     text,
    recorded_by  text not null,
    recorded_at  timestamptz not null,
    unique (child_id, version)
);
create trigger trigger_plan_append_only before update or delete on missing.trigger_plan
    for each row execute function missing.refuse_change();

create table missing.trigger_stage (
    plan_id           uuid not null references missing.trigger_plan (id),
    position          integer not null,
    label             text not null,
    after_minutes     integer not null check (after_minutes >= 0),
    actions           text not null,
    who_is_called     text,
    tell_police       boolean not null,
    strategy_meeting  boolean not null,
    primary key (plan_id, position)
);
create trigger trigger_stage_append_only before update or delete on missing.trigger_stage
    for each row execute function missing.refuse_change();

-- What the module last reported to oversight for each of its alert codes and child, so a batch of
-- the feed reports only what changed.
create table missing.alert_reported (
    child_id  uuid not null,
    code      text not null,
    met       boolean not null,
    evidence  uuid[] not null,
    reasons   text not null,
    primary key (child_id, code)
);
