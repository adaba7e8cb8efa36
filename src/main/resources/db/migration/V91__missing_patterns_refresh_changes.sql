-- Missing patterns (ADR 0045): the refresh writes only the summary rows that change. V87 deleted
-- every summary row of a batch's children and inserted them again, though a new report changes one
-- episode of a child's history: after V89 and V90 it was the feed's largest cost after the events
-- (12-25 ms a batch of 500), its deletes growing with the dead rows they left behind. For children
-- with histories it takes 0.73 of V85's time where V87 took 0.86 (scripts/bench-patterns-refresh.sh). The rows
-- wanted are worked out as V87 worked them out (the same statement, reading the reports once); then,
-- for each table, the rows of these children whose key is no longer wanted are deleted, and the
-- wanted rows not already there as they are are inserted, or update the row of their key. Unchanged
-- rows are not touched. The deletes and the writes of one table meet disjoint keys, so they can share
-- the statement. The same signature (callers unchanged); the rows are exactly V85's
-- (PatternRollUpIT, from empty tables and from wrong ones).
create or replace function missing_patterns.refresh(children uuid[]) returns void language plpgsql as $$
begin
    with live as materialized (
        select r.episode_id, r.agency_id, r.sensitivity, r.child_id, r.started_at, r.ended_at, r.found_at, r.found_with
        from missing.report r
        join unnest(children) c (id) on c.id = r.child_id
        join missing.episode e on e.id = r.episode_id and e.child_id = c.id and e.merged_into is null and not e.withdrawn
        where not r.superseded
    ), parts as materialized (
        select episode_id, agency_id, sensitivity, child_id, min(started_at) as began, max(ended_at) as ended,
               max(started_at) filter (where ended_at is null) as open_since,
               count(*) over (partition by episode_id) = 1 as alone
        from live
        group by episode_id, agency_id, sensitivity, child_id
    ), found as materialized (
        select v.kind, lower(v.value) as key, l.episode_id, l.agency_id, l.sensitivity, l.child_id, min(v.value) as label
        from live l
        cross join lateral (select 'PLACE', btrim(l.found_at)
                            union all
                            select 'PERSON', person from missing_patterns.people(l.found_with) as person) as v (kind, value)
        where v.value is not null and v.value <> ''
        group by v.kind, lower(v.value), l.episode_id, l.agency_id, l.sensitivity, l.child_id
    ), standard as materialized (
        select episode_id, child_id, shown_at, began, ended, open_since,
               case when ended is not null and (open_since is null or open_since <= ended)
                    then extract(epoch from ended - began) end as seconds
        from (select p.episode_id, p.child_id, min(p.began) as shown_at,
                     min(p.began) filter (where p.sensitivity = 'STANDARD') as began,
                     max(p.ended) filter (where p.sensitivity = 'STANDARD') as ended,
                     max(p.open_since) filter (where p.sensitivity = 'STANDARD') as open_since
              from parts p
              group by p.episode_id, p.child_id) g
    ), restricted as materialized (
        select child_id, array_agg(distinct agency_id) as agencies, array_agg(distinct sensitivity) as sensitivities
        from parts where sensitivity <> 'STANDARD' group by child_id
    ), per_child as materialized (
        select child_id, count(*) as episodes, coalesce(sum(seconds), 0) as seconds,
               max(coalesce(began, shown_at)) as latest
        from standard group by child_id
    ), child_rows as materialized (
        -- each side grouped once, then joined (V87: a join to an ungrouped side re-grouped it per episode)
        select s.child_id, s.episodes, s.seconds, s.latest, coalesce(r.agencies, '{}') as agencies,
               coalesce(r.sensitivities, '{}') as sensitivities
        from per_child s left join restricted r on r.child_id = s.child_id
    ), found_rows as materialized (
        select f.kind, f.key, f.child_id, min(f.label) as label, count(distinct f.episode_id) as episodes
        from found f
        where f.sensitivity = 'STANDARD'
        group by f.kind, f.key, f.child_id
    ), parts_gone as (
        -- the keys to delete as a set difference: as "not exists", the planner (taking the wanted rows
        -- for one) scanned them again for every row of the children (5 ms a table, a batch of 500)
        delete from missing_patterns.episode_part t
        using (select o.episode_id, o.agency_id, o.sensitivity
               from missing_patterns.episode_part o join unnest(children) c (id) on o.child_id = c.id
               except
               select episode_id, agency_id, sensitivity from parts) g
        where t.episode_id = g.episode_id and t.agency_id = g.agency_id and t.sensitivity = g.sensitivity
    ), parts_written as (
        insert into missing_patterns.episode_part (episode_id, agency_id, sensitivity, child_id, began, ended, open_since, alone)
        select n.episode_id, n.agency_id, n.sensitivity, n.child_id, n.began, n.ended, n.open_since, n.alone
        from parts n
        where not exists (select 1 from missing_patterns.episode_part t
                          where t.episode_id = n.episode_id and t.agency_id = n.agency_id and t.sensitivity = n.sensitivity
                            and (t.child_id, t.began, t.ended, t.open_since, t.alone)
                                is not distinct from (n.child_id, n.began, n.ended, n.open_since, n.alone))
        on conflict (episode_id, agency_id, sensitivity) do update
            set child_id = excluded.child_id, began = excluded.began, ended = excluded.ended,
                open_since = excluded.open_since, alone = excluded.alone
    ), found_gone as (
        delete from missing_patterns.found_part t
        using (select o.kind, o.key, o.episode_id, o.agency_id, o.sensitivity
               from missing_patterns.found_part o join unnest(children) c (id) on o.child_id = c.id
               except
               select kind, key, episode_id, agency_id, sensitivity from found) g
        where t.kind = g.kind and t.key = g.key and t.episode_id = g.episode_id and t.agency_id = g.agency_id
          and t.sensitivity = g.sensitivity
    ), found_written as (
        insert into missing_patterns.found_part (kind, key, episode_id, agency_id, sensitivity, child_id, label)
        select n.kind, n.key, n.episode_id, n.agency_id, n.sensitivity, n.child_id, n.label
        from found n
        where not exists (select 1 from missing_patterns.found_part t
                          where t.kind = n.kind and t.key = n.key and t.episode_id = n.episode_id
                            and t.agency_id = n.agency_id and t.sensitivity = n.sensitivity
                            and t.child_id = n.child_id and t.label = n.label)
        on conflict (kind, key, episode_id, agency_id, sensitivity) do update
            set child_id = excluded.child_id, label = excluded.label
    ), standard_gone as (
        delete from missing_patterns.episode_standard t
        using (select o.episode_id from missing_patterns.episode_standard o join unnest(children) c (id) on o.child_id = c.id
               except
               select episode_id from standard) g
        where t.episode_id = g.episode_id
    ), standard_written as (
        insert into missing_patterns.episode_standard (episode_id, child_id, shown_at, began, ended, open_since, seconds)
        select n.episode_id, n.child_id, n.shown_at, n.began, n.ended, n.open_since, n.seconds
        from standard n
        where not exists (select 1 from missing_patterns.episode_standard t
                          where t.episode_id = n.episode_id
                            and (t.child_id, t.shown_at, t.began, t.ended, t.open_since, t.seconds)
                                is not distinct from (n.child_id, n.shown_at, n.began, n.ended, n.open_since, n.seconds))
        on conflict (episode_id) do update
            set child_id = excluded.child_id, shown_at = excluded.shown_at, began = excluded.began,
                ended = excluded.ended, open_since = excluded.open_since, seconds = excluded.seconds
    ), children_gone as (
        delete from missing_patterns.child_standard t
        using (select c.id from unnest(children) c (id) except select child_id from child_rows) g
        where t.child_id = g.id
    ), children_written as (
        insert into missing_patterns.child_standard (child_id, episodes, seconds, latest, restricted_agencies,
                                                     restricted_sensitivities)
        select n.child_id, n.episodes, n.seconds, n.latest, n.agencies, n.sensitivities
        from child_rows n
        where not exists (select 1 from missing_patterns.child_standard t
                          where t.child_id = n.child_id
                            and (t.episodes, t.seconds, t.latest, t.restricted_agencies, t.restricted_sensitivities)
                                is not distinct from (n.episodes, n.seconds, n.latest, n.agencies, n.sensitivities))
        on conflict (child_id) do update
            set episodes = excluded.episodes, seconds = excluded.seconds, latest = excluded.latest,
                restricted_agencies = excluded.restricted_agencies,
                restricted_sensitivities = excluded.restricted_sensitivities
    ), places_gone as (
        delete from missing_patterns.found_standard t
        using (select o.kind, o.key, o.child_id
               from missing_patterns.found_standard o join unnest(children) c (id) on o.child_id = c.id
               except
               select kind, key, child_id from found_rows) g
        where t.kind = g.kind and t.key = g.key and t.child_id = g.child_id
    )
    insert into missing_patterns.found_standard (kind, key, child_id, label, episodes)
    select n.kind, n.key, n.child_id, n.label, n.episodes
    from found_rows n
    where not exists (select 1 from missing_patterns.found_standard t
                      where t.kind = n.kind and t.key = n.key and t.child_id = n.child_id
                        and t.label = n.label and t.episodes = n.episodes)
    on conflict (kind, key, child_id) do update set label = excluded.label, episodes = excluded.episodes;
end $$;
