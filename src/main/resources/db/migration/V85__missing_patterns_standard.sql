-- Missing children (issue 16, ADR 0034 amended 2026-12-07): what every viewer who sees a child's
-- other agencies' reports reads alike, summed up once as reports arrive instead of on every request.
--
-- The patterns table groups, per viewer, the contributions (episode, agency, sensitivity) of V81's
-- missing_patterns.episode_part / found_part. STANDARD contributions are read by everyone who sees
-- the child's other agencies' reports (access.Sensitivity; ADR 0022); restricted ones only by their
-- agency and the roles the sensitivity policy names. So for a child with no restricted contribution
-- the viewer's agency made, and none of a sensitivity the viewer reads beyond STANDARD, what the
-- viewer reads is exactly the child's STANDARD contributions, whoever the viewer is. These tables
-- keep that "standard view" per episode, per child and per place or person and child; the page takes
-- them as they are for such children and groups the contributions only for the others (the
-- restricted remainder). Who the viewer is and what they read is still decided in Java and passed in
-- (no second copy of the access policy here): a child's restricted agencies and sensitivities are kept
-- so the statement can tell, per child, whether the standard view is the viewer's.
--
-- And (issue 16 follow-up) "found with" counts people, not strings: "Jay, Kaz and Dee" is three
-- people (missing_patterns.people below), each a PERSON row of found_part as the place is a PLACE row.
--
-- Derived rows, like V81's: replaced with the child's other summaries by missing_patterns.refresh, in
-- the transaction that changed the reports, and rebuilt from the reports at any time.

-- One row per live episode: when it began by any contribution (shown_at: the date a viewer sees
-- for an episode whose times they may not read), and its times by its STANDARD contributions alone
-- (null when it has none), read as Episode.of reads them. seconds: its length when it is over by
-- those (the latest end, and no report without an end began after it), else null.
create table missing_patterns.episode_standard (
    episode_id   uuid primary key,
    child_id     uuid not null,
    shown_at     timestamptz not null,
    began        timestamptz,
    ended        timestamptz,
    open_since   timestamptz,
    seconds      numeric
);
create index episode_standard_child on missing_patterns.episode_standard (child_id);
-- the longest episodes: read in this order until enough belong to children the viewer reads alike
create index episode_standard_longest on missing_patterns.episode_standard (seconds desc, episode_id)
    where seconds is not null;

-- One row per child with a live episode: how many, their ended time in all and when the latest began,
-- by the standard view; and the agencies and sensitivities of the child's restricted contributions.
create table missing_patterns.child_standard (
    child_id                  uuid primary key,
    episodes                  integer not null,
    seconds                   numeric not null,
    latest                    timestamptz not null,
    restricted_agencies       uuid[] not null,
    restricted_sensitivities  text[] not null
);

-- One row per place found at (PLACE) or person found with (PERSON) and child: in how many of the
-- child's episodes a STANDARD contribution names it, and its spelling (the least, as the page shows).
create table missing_patterns.found_standard (
    kind      text not null check (kind in ('PLACE', 'PERSON')),
    key       text not null,
    child_id  uuid not null,
    label     text not null,
    episodes  integer not null,
    primary key (kind, key, child_id)
);
create index found_standard_child on missing_patterns.found_standard (child_id);

-- The people a report says the child was found with ("Jay, Kaz and Dee"), one row each in the order
-- given: the rule of missing.internal.Associates (split at commas, semicolons, ampersands and the word
-- "and" standing alone in any case; a name's words joined by one space; no empty names), checked
-- against it on generated text by AssociatesSqlIT. Only ASCII white space separates words, and "and"
-- is matched letter by letter, so the database's locale changes nothing. Written as a few regular
-- expressions a report (no window, no grouping): four times quicker, which every recording pays.
create function missing_patterns.people(found_with text) returns setof text language sql immutable as $$
    select p.person
    from regexp_split_to_table(
             regexp_replace(found_with, '(^|[ \t\n\r\f\v,;&])[aA][nN][dD](?=$|[ \t\n\r\f\v,;&])', '\1,', 'g'),
             '[,;&]') with ordinality as t (piece, n),
         lateral (select btrim(regexp_replace(t.piece, '[ \t\n\r\f\v]+', ' ', 'g'), ' ') as person) p
    where p.person <> ''
    order by t.n
$$;

-- The same signature as V81's (its callers are unchanged): the contributions as before, except that
-- a person found with is now each person the text names (missing_patterns.people), then the
-- standard view drawn from them. The episodes are joined by child as well as by id (a report's
-- episode is always its own child's: EpisodeBook groups one child's reports), so the plan cached for
-- the function looks them up by child instead of reading the whole episode index (35 ms to 14 ms for
-- 50 children's reports on the benchmark's data).
create or replace function missing_patterns.refresh(children uuid[]) returns void language plpgsql as $$
begin
    delete from missing_patterns.episode_part p using unnest(children) c (id) where p.child_id = c.id;
    delete from missing_patterns.found_part f using unnest(children) c (id) where f.child_id = c.id;
    delete from missing_patterns.episode_standard e using unnest(children) c (id) where e.child_id = c.id;
    delete from missing_patterns.child_standard s using unnest(children) c (id) where s.child_id = c.id;
    delete from missing_patterns.found_standard f using unnest(children) c (id) where f.child_id = c.id;
    insert into missing_patterns.episode_part (episode_id, agency_id, sensitivity, child_id, began, ended, open_since, alone)
    select r.episode_id, r.agency_id, r.sensitivity, r.child_id, min(r.started_at), max(r.ended_at),
           max(r.started_at) filter (where r.ended_at is null), count(*) over (partition by r.episode_id) = 1
    from missing.report r
    join unnest(children) c (id) on c.id = r.child_id
    join missing.episode e on e.id = r.episode_id and e.child_id = c.id and e.merged_into is null and not e.withdrawn
    where not r.superseded
    group by r.episode_id, r.agency_id, r.sensitivity, r.child_id;
    insert into missing_patterns.found_part (kind, key, episode_id, agency_id, sensitivity, child_id, label)
    select v.kind, lower(v.value), r.episode_id, r.agency_id, r.sensitivity, r.child_id, min(v.value)
    from missing.report r
    join unnest(children) c (id) on c.id = r.child_id
    join missing.episode e on e.id = r.episode_id and e.child_id = c.id and e.merged_into is null and not e.withdrawn
    cross join lateral (select 'PLACE', btrim(r.found_at)
                        union all
                        select 'PERSON', person from missing_patterns.people(r.found_with) as person) as v (kind, value)
    where not r.superseded and v.value is not null and v.value <> ''
    group by v.kind, lower(v.value), r.episode_id, r.agency_id, r.sensitivity, r.child_id;

    insert into missing_patterns.episode_standard (episode_id, child_id, shown_at, began, ended, open_since, seconds)
    select episode_id, child_id, shown_at, began, ended, open_since,
           case when ended is not null and (open_since is null or open_since <= ended)
                then extract(epoch from ended - began) end
    from (select p.episode_id, p.child_id, min(p.began) as shown_at,
                 min(p.began) filter (where p.sensitivity = 'STANDARD') as began,
                 max(p.ended) filter (where p.sensitivity = 'STANDARD') as ended,
                 max(p.open_since) filter (where p.sensitivity = 'STANDARD') as open_since
          from missing_patterns.episode_part p join unnest(children) c (id) on c.id = p.child_id
          group by p.episode_id, p.child_id) g;
    insert into missing_patterns.child_standard (child_id, episodes, seconds, latest, restricted_agencies,
                                                 restricted_sensitivities)
    select e.child_id, count(*), coalesce(sum(e.seconds), 0), max(coalesce(e.began, e.shown_at)),
           coalesce(min(r.agencies), '{}'), coalesce(min(r.sensitivities), '{}')
    from missing_patterns.episode_standard e
    join unnest(children) c (id) on c.id = e.child_id
    left join (select p.child_id, array_agg(distinct p.agency_id) as agencies, array_agg(distinct p.sensitivity) as sensitivities
               from missing_patterns.episode_part p join unnest(children) c (id) on c.id = p.child_id
               where p.sensitivity <> 'STANDARD' group by p.child_id) r on r.child_id = e.child_id
    group by e.child_id;
    insert into missing_patterns.found_standard (kind, key, child_id, label, episodes)
    select f.kind, f.key, f.child_id, min(f.label), count(distinct f.episode_id)
    from missing_patterns.found_part f join unnest(children) c (id) on c.id = f.child_id
    where f.sensitivity = 'STANDARD'
    group by f.kind, f.key, f.child_id;
end $$;

-- The children with reports before this migration (V81 filled their contributions; this fills the rest).
do $$
begin
    if to_regclass('missing.report') is not null then
        perform missing_patterns.refresh(array(select distinct child_id from missing.report));
    end if;
end $$;
