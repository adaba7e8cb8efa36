-- Module plans (issue 15): multi-agency plans for a child with outcomes and SMART actions, progress
-- updates, reviews and the plan's versions, agencies joining and leaving, the meetings that count as
-- a multi-agency review, attempts to leave or close a plan without one, managers' oversight, and
-- what the drift rules last found. Case records are only ever added to: a change is a new row
-- (a version, a progress update, a review) saying who, when and why; nothing is deleted.

create schema plans;

create table plans.plan (
    id                   uuid primary key,
    child_id             uuid not null references chronology.child (id),
    type                 text not null check (type in ('EARLY_HELP_PLAN', 'CHILD_IN_NEED_PLAN', 'CHILD_PROTECTION_PLAN',
                                                       'CARE_PLAN', 'EXPLOITATION_RISK_MANAGEMENT_PLAN',
                                                       'MISSING_TRIGGER_PLAN')),
    category             text check (category in ('NEGLECT', 'PHYSICAL', 'SEXUAL', 'EMOTIONAL', 'MULTIPLE')),
    concern              text not null,
    lead_practitioner_id uuid not null,
    lead_agency_id       uuid not null,
    started_on           date not null,
    first_review_due     date not null,
    created_by           text not null,
    created_at           timestamptz not null,
    entry_id             uuid not null,
    -- a child protection plan has its category, and only a child protection plan has one
    check ((type = 'CHILD_PROTECTION_PLAN') = (category is not null))
);
create index plan_child on plans.plan (child_id);
create index plan_lead_agency on plans.plan (lead_agency_id);

-- How a plan ended (once): when, why, by whom, and the review decision that ended it, if one did.
create table plans.plan_end (
    plan_id   uuid primary key references plans.plan (id),
    ended_on  date not null,
    reason    text not null,
    decision  text,
    review_id uuid,
    ended_by  text not null,
    ended_at  timestamptz not null,
    entry_id  uuid not null
);

-- The agencies involved in a plan; an agency that leaves keeps its row, ended with when, who and why.
create table plans.plan_agency (
    id          uuid primary key,
    plan_id     uuid not null references plans.plan (id),
    agency_id   uuid not null,
    joined_on   date not null,
    joined_by   text not null,
    joined_at   timestamptz not null,
    left_on     date,
    left_by     text,
    left_reason text,
    left_at     timestamptz
);
create unique index plan_agency_current on plans.plan_agency (plan_id, agency_id) where left_on is null;
create index plan_agency_agency on plans.plan_agency (agency_id) where left_on is null;

create table plans.outcome (
    id          uuid primary key,
    plan_id     uuid not null references plans.plan (id),
    position    integer not null,
    wording     text not null,
    childs_view text,
    added_by    text not null,
    added_at    timestamptz not null,
    unique (plan_id, position)
);

-- An action as it stands now. Each version is kept in action_version and every progress update in
-- progress; an action from a meeting with no plan to go to waits here with plan_id null.
create table plans.action (
    id                    uuid primary key,
    child_id              uuid not null references chronology.child (id),
    plan_id               uuid references plans.plan (id),
    outcome_id            uuid references plans.outcome (id),
    version               integer not null,
    what                  text not null,
    owner_practitioner_id uuid not null,
    owner_agency_id       uuid not null,
    due_on                date not null,
    done_looks_like       text,
    worked_looks_like     text,
    status                text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'STOPPED')),
    effectiveness         text check (effectiveness in ('WORKED', 'PARTLY_WORKED', 'NOT_WORKED')),
    done_on               date,
    last_progress_on      date not null,
    source                text not null check (source in ('PLAN', 'MEETING')),
    meeting_id            uuid,
    meeting_type          text,
    meeting_action_id     uuid,
    meeting_version       integer,
    added_by              text not null,
    added_at              timestamptz not null,
    entry_id              uuid
);
create index action_plan on plans.action (plan_id);
create index action_waiting on plans.action (child_id) where plan_id is null;
create unique index action_from_meeting on plans.action (meeting_action_id) where meeting_action_id is not null;
create index action_owner_agency on plans.action (owner_agency_id) where status in ('NOT_STARTED', 'IN_PROGRESS');

create table plans.action_version (
    action_id             uuid not null references plans.action (id),
    version               integer not null,
    plan_id               uuid,
    outcome_id            uuid,
    what                  text not null,
    owner_practitioner_id uuid not null,
    owner_agency_id       uuid not null,
    due_on                date not null,
    done_looks_like       text,
    worked_looks_like     text,
    changed_by            text not null,
    changed_at            timestamptz not null,
    reason                text not null,
    primary key (action_id, version)
);

create table plans.progress (
    id                 uuid primary key,
    action_id          uuid not null references plans.action (id),
    recorded_at        timestamptz not null,
    recorded_by        text not null,
    recorded_by_kind   text not null check (recorded_by_kind in ('PRACTITIONER', 'API_CLIENT')),
    agency_id          uuid not null,
    note               text not null,
    status_after       text not null,
    effectiveness      text,
    review_id          uuid
);
create index progress_action on plans.progress (action_id, recorded_at);

create table plans.review (
    id                  uuid primary key,
    plan_id             uuid not null references plans.plan (id),
    number              integer not null,
    held_on             date not null,
    what_changed        text not null,
    childs_view         text not null,
    family_view         text not null,
    decision            text not null check (decision in ('CONTINUE', 'CHANGE', 'STEP_UP', 'STEP_DOWN', 'END')),
    decision_note       text,
    next_review_due     date,
    agencies_consulted  uuid[] not null,
    actions_fingerprint text not null,
    outcomes_met        boolean not null,
    recorded_by         text not null,
    recorded_at         timestamptz not null,
    entry_id            uuid not null,
    unique (plan_id, number)
);

create table plans.review_outcome (
    review_id  uuid not null references plans.review (id),
    outcome_id uuid not null references plans.outcome (id),
    status     text not null check (status in ('NOT_MET', 'PARTLY_MET', 'MET')),
    progress   text,
    primary key (review_id, outcome_id)
);

-- The plan as it stood when made and after each change of substance (a review, an action added),
-- so its history shows every version side by side.
create table plans.plan_version (
    plan_id     uuid not null references plans.plan (id),
    version     integer not null,
    recorded_at timestamptz not null,
    recorded_by text not null,
    reason      text not null,
    snapshot    jsonb not null,
    primary key (plan_id, version)
);

-- Review meetings finalised by the meetings module (each version of their minutes), as the
-- multi-agency review an agency needs before it leaves a plan.
create table plans.meeting_review (
    meeting_id   uuid not null,
    version      integer not null,
    child_id     uuid not null,
    type         text not null,
    held_on      date not null,
    invited      uuid[] not null,
    attended     uuid[] not null,
    finalised_at timestamptz not null,
    received_at  timestamptz not null,
    primary key (meeting_id, version)
);
create index meeting_review_child on plans.meeting_review (child_id, held_on);

-- An agency tried to leave an open plan (agency_id), or someone tried to close it (agency_id null),
-- with no multi-agency review: refused, and kept.
create table plans.withdrawal_attempt (
    id           uuid primary key,
    plan_id      uuid not null references plans.plan (id),
    agency_id    uuid,
    attempted_on date not null,
    attempted_by text not null,
    attempted_at timestamptz not null,
    reason       text not null,
    entry_id     uuid not null
);
create index withdrawal_attempt_plan on plans.withdrawal_attempt (plan_id);

-- A manager's oversight of a child's case: date, note, direction.
create table plans.oversight (
    id          uuid primary key,
    child_id    uuid not null references chronology.child (id),
    recorded_on date not null,
    note        text not null,
    direction   text not null,
    manager_id  uuid not null,
    recorded_by text not null,
    recorded_at timestamptz not null
);
create index oversight_child on plans.oversight (child_id, recorded_on);

create trigger progress_append_only before update or delete on plans.progress
    for each row execute function access.refuse_change();
create trigger review_append_only before update or delete on plans.review
    for each row execute function access.refuse_change();
create trigger review_outcome_append_only before update or delete on plans.review_outcome
    for each row execute function access.refuse_change();
create trigger action_version_append_only before update or delete on plans.action_version
    for each row execute function access.refuse_change();
create trigger plan_version_append_only before update or delete on plans.plan_version
    for each row execute function access.refuse_change();
create trigger meeting_review_append_only before update or delete on plans.meeting_review
    for each row execute function access.refuse_change();
create trigger withdrawal_attempt_append_only before update or delete on plans.withdrawal_attempt
    for each row execute function access.refuse_change();
create trigger oversight_append_only before update or delete on plans.oversight
    for each row execute function access.refuse_change();
create trigger plan_end_append_only before update or delete on plans.plan_end
    for each row execute function access.refuse_change();

-- What the drift rules last found, per child (what PLAN_DRIFT was last told, and when to look
-- again without any change: the next day a review or action crosses a threshold) and per plan
-- (for the managers' view). Derived state, rewritten at each evaluation.
create table plans.drift_check (
    child_id      uuid primary key references chronology.child (id),
    next_check_on date,
    met           boolean not null default false,
    evidence      uuid[] not null default '{}',
    summary       text not null default '',
    checked_at    timestamptz
);
create index drift_check_due on plans.drift_check (next_check_on) where next_check_on is not null;

create table plans.plan_drift (
    plan_id    uuid primary key references plans.plan (id),
    child_id   uuid not null,
    drifting   boolean not null,
    reasons    jsonb not null,
    checked_at timestamptz not null
);
create index plan_drift_drifting on plans.plan_drift (child_id) where drifting;
