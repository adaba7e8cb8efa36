-- Missing children (issue 16, ADR 0034): what the managers' patterns table reads, kept by the missing
-- module in the transaction that records or regroups reports (EpisodeBook), so it never disagrees
-- with them. Derived rows, not records: the reports stay as recorded (V50); a child's rows here are
-- replaced whenever that child's reports change, and can be rebuilt from the reports at any time.
--
-- A schema of its own (`missing_patterns`), apart from the reports it is derived from (V50): on a new
-- database these tables are made empty; on a database that already has reports the last statement
-- fills them.
--
-- The rows keep what the need-to-know decision needs (ADR 0022): the agency that recorded the reports
-- and their sensitivity. Reports of one episode are summarised per (agency, sensitivity), so the page
-- reads times, places and people only from the contributions the viewer may read, decided in Java.
create schema missing_patterns;

-- One row per live episode (not merged into another, not withdrawn) and (agency, sensitivity) of its
-- current reports: when the earliest of those reports began, the latest end any gives, and the latest
-- start of one with no end (null when all have ended). As Episode.of reads them: an episode has ended
-- at the latest end, unless a report with no end began after it.
create table missing_patterns.episode_part (
    episode_id   uuid not null,
    agency_id    uuid not null,
    sensitivity  text not null,
    child_id     uuid not null,
    began        timestamptz not null,
    ended        timestamptz,
    open_since   timestamptz,
    -- the episode's only contribution (most are): the page takes it as the episode without grouping
    alone        boolean not null,
    primary key (episode_id, agency_id, sensitivity)
);
create index episode_part_child on missing_patterns.episode_part (child_id);

-- Places found at (PLACE) and people found with (PERSON) as the reports spell them, compared without
-- regard to case or surrounding spaces (key), per live episode and (agency, sensitivity).
create table missing_patterns.found_part (
    kind         text not null check (kind in ('PLACE', 'PERSON')),
    key          text not null,
    episode_id   uuid not null,
    agency_id    uuid not null,
    sensitivity  text not null,
    child_id     uuid not null,
    label        text not null,
    primary key (kind, key, episode_id, agency_id, sensitivity)
);
create index found_part_child on missing_patterns.found_part (child_id);

-- Replaces these children's rows with what their current reports say now. PL/pgSQL, so the reports'
-- tables need only exist when it runs (V50 creates them after this on a new database).
create function missing_patterns.refresh(children uuid[]) returns void language plpgsql as $$
begin
    delete from missing_patterns.episode_part p using unnest(children) c (id) where p.child_id = c.id;
    delete from missing_patterns.found_part f using unnest(children) c (id) where f.child_id = c.id;
    insert into missing_patterns.episode_part (episode_id, agency_id, sensitivity, child_id, began, ended, open_since, alone)
    select r.episode_id, r.agency_id, r.sensitivity, r.child_id, min(r.started_at), max(r.ended_at),
           max(r.started_at) filter (where r.ended_at is null), count(*) over (partition by r.episode_id) = 1
    from missing.report r
    join unnest(children) c (id) on c.id = r.child_id
    join missing.episode e on e.id = r.episode_id and e.merged_into is null and not e.withdrawn
    where not r.superseded
    group by r.episode_id, r.agency_id, r.sensitivity, r.child_id;
    insert into missing_patterns.found_part (kind, key, episode_id, agency_id, sensitivity, child_id, label)
    select v.kind, lower(v.value), r.episode_id, r.agency_id, r.sensitivity, r.child_id, min(v.value)
    from missing.report r
    join unnest(children) c (id) on c.id = r.child_id
    join missing.episode e on e.id = r.episode_id and e.merged_into is null and not e.withdrawn
    cross join lateral (values ('PLACE', btrim(r.found_at)), ('PERSON', btrim(r.found_with))) as v (kind, value)
    where not r.superseded and v.value is not null and v.value <> ''
    group by v.kind, lower(v.value), r.episode_id, r.agency_id, r.sensitivity, r.child_id;
end $$;

-- The reports recorded before this migration (a database upgraded from a release that had V50).
do $$
begin
    if to_regclass('missing.report') is not null then
        perform missing_patterns.refresh(array(select distinct child_id from missing.report));
    end if;
end $$;
