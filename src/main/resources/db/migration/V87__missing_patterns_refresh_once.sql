-- Missing patterns (ADR 0034; issue 18's ingest profile): the same summaries as V85's refresh, written
-- by one statement that reads the children's live reports once. V85 read them twice (contributions,
-- places and people) and read its own new rows back three times for the standard view; each
-- recording of a missing episode pays for the refresh, and it was the largest of the feed's costs
-- after the events themselves. The new rows now feed the standard view through RETURNING. The deletes
-- stay statements of their own, before the inserts, so no new row meets an old one in a unique index.
-- The same signature (its callers are unchanged); the rows are exactly V85's (MissingPatternSummariesIT,
-- PatternRollUpIT).
create or replace function missing_patterns.refresh(children uuid[]) returns void language plpgsql as $$
begin
    delete from missing_patterns.episode_part p using unnest(children) c (id) where p.child_id = c.id;
    delete from missing_patterns.found_part f using unnest(children) c (id) where f.child_id = c.id;
    delete from missing_patterns.episode_standard e using unnest(children) c (id) where e.child_id = c.id;
    delete from missing_patterns.child_standard s using unnest(children) c (id) where s.child_id = c.id;
    delete from missing_patterns.found_standard f using unnest(children) c (id) where f.child_id = c.id;
    with live as materialized (
        select r.episode_id, r.agency_id, r.sensitivity, r.child_id, r.started_at, r.ended_at, r.found_at, r.found_with
        from missing.report r
        join unnest(children) c (id) on c.id = r.child_id
        join missing.episode e on e.id = r.episode_id and e.child_id = c.id and e.merged_into is null and not e.withdrawn
        where not r.superseded
    ), parts as (
        insert into missing_patterns.episode_part (episode_id, agency_id, sensitivity, child_id, began, ended, open_since, alone)
        select episode_id, agency_id, sensitivity, child_id, min(started_at), max(ended_at),
               max(started_at) filter (where ended_at is null), count(*) over (partition by episode_id) = 1
        from live
        group by episode_id, agency_id, sensitivity, child_id
        returning episode_id, agency_id, sensitivity, child_id, began, ended, open_since
    ), found as (
        insert into missing_patterns.found_part (kind, key, episode_id, agency_id, sensitivity, child_id, label)
        select v.kind, lower(v.value), l.episode_id, l.agency_id, l.sensitivity, l.child_id, min(v.value)
        from live l
        cross join lateral (select 'PLACE', btrim(l.found_at)
                            union all
                            select 'PERSON', person from missing_patterns.people(l.found_with) as person) as v (kind, value)
        where v.value is not null and v.value <> ''
        group by v.kind, lower(v.value), l.episode_id, l.agency_id, l.sensitivity, l.child_id
        returning kind, key, episode_id, sensitivity, child_id, label
    ), standard as (
        insert into missing_patterns.episode_standard (episode_id, child_id, shown_at, began, ended, open_since, seconds)
        select episode_id, child_id, shown_at, began, ended, open_since,
               case when ended is not null and (open_since is null or open_since <= ended)
                    then extract(epoch from ended - began) end
        from (select p.episode_id, p.child_id, min(p.began) as shown_at,
                     min(p.began) filter (where p.sensitivity = 'STANDARD') as began,
                     max(p.ended) filter (where p.sensitivity = 'STANDARD') as ended,
                     max(p.open_since) filter (where p.sensitivity = 'STANDARD') as open_since
              from parts p
              group by p.episode_id, p.child_id) g
        returning child_id, shown_at, began, seconds
    ), restricted as materialized (
        select child_id, array_agg(distinct agency_id) as agencies, array_agg(distinct sensitivity) as sensitivities
        from parts where sensitivity <> 'STANDARD' group by child_id
    ), per_child as materialized (
        select child_id, count(*) as episodes, coalesce(sum(seconds), 0) as seconds,
               max(coalesce(began, shown_at)) as latest
        from standard group by child_id
    ), children_standard as (
        -- each side grouped once, then joined: the planner takes the children of a batch for one row,
        -- and a join to an ungrouped side re-grouped it for every episode (PatternRefreshBenchmark)
        insert into missing_patterns.child_standard (child_id, episodes, seconds, latest, restricted_agencies,
                                                     restricted_sensitivities)
        select s.child_id, s.episodes, s.seconds, s.latest, coalesce(r.agencies, '{}'), coalesce(r.sensitivities, '{}')
        from per_child s left join restricted r on r.child_id = s.child_id
    )
    insert into missing_patterns.found_standard (kind, key, child_id, label, episodes)
    select f.kind, f.key, f.child_id, min(f.label), count(distinct f.episode_id)
    from found f
    where f.sensitivity = 'STANDARD'
    group by f.kind, f.key, f.child_id;
end $$;
