-- Exploitation risk (issue 17): the screening tool as versioned data, screenings with the tool
-- version they used, professional judgement on top, and a manager's agreement to a lowering.
-- Everything here is append-only: an agreement is a row of its own, never an update.
create schema risk;

create function risk.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% keeps its history: % refused', tg_table_schema || '.' || tg_table_name, tg_op
        using errcode = 'restrict_violation';
end
$$;

-- One row per published version of the tool: its indicators, weights, recency bands, thresholds
-- and overrides as one JSON document (docs/adr/0026).
create table risk.tool_version (
    version       integer primary key,
    published_at  timestamptz not null,
    published_by  text not null,
    note          text not null,
    definition    jsonb not null
);

create table risk.screening (
    id                  uuid primary key,
    child_id            uuid not null references chronology.child (id),
    tool_version        integer not null references risk.tool_version (version),
    agency_id           uuid not null references access.agency (id),
    screened_by         text not null,
    screened_by_name    text not null,
    screened_at         timestamptz not null,
    age_years           integer,
    tool_score          integer not null,
    tool_level          text not null check (tool_level in ('LOW', 'MEDIUM', 'HIGH')),
    tool_reasons        jsonb not null,
    judged_level        text not null check (judged_level in ('LOW', 'MEDIUM', 'HIGH')),
    level_before        text check (level_before in ('LOW', 'MEDIUM', 'HIGH')),
    rationale           text not null,
    sensitivity         text not null,
    needs_agreement     boolean not null,
    agreement_due_at    timestamptz,
    event_id            uuid
);
create index screening_child on risk.screening (child_id, screened_at);
create index screening_waiting on risk.screening (agreement_due_at) where needs_agreement;

-- The indicators the practitioner found, when last seen (a recency band of the tool) and the
-- chronology events offered as their evidence.
create table risk.screening_answer (
    screening_id  uuid not null references risk.screening (id),
    indicator     text not null,
    band          text not null,
    evidence      uuid[] not null,
    primary key (screening_id, indicator)
);

create table risk.agreement (
    screening_id  uuid primary key references risk.screening (id),
    agreed        boolean not null,
    decided_by    text not null,
    decided_name  text not null,
    decided_at    timestamptz not null,
    note          text not null
);

create trigger tool_version_append_only before update or delete on risk.tool_version
    for each row execute function risk.refuse_change();
create trigger screening_append_only before update or delete on risk.screening
    for each row execute function risk.refuse_change();
create trigger screening_answer_append_only before update or delete on risk.screening_answer
    for each row execute function risk.refuse_change();
create trigger agreement_append_only before update or delete on risk.agreement
    for each row execute function risk.refuse_change();
