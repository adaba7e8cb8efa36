-- A practitioner is in a child's network once at a time: CareNetwork adds them with "on conflict do
-- nothing" against this index. V2 creates it (since its second landing); a database made from the
-- foundation's first V2 gets it here.

-- Before it, the same practitioner could be added twice. The later open duplicates say nothing the
-- earliest does not, so they are ended (never deleted), with who ended them and why.
update chronology.network_member m
set ended_on = greatest(m.started_on, current_date),
    ended_by = 'system:migration V9',
    end_reason = 'Duplicate of an earlier open membership of the same practitioner, which stays open.'
where m.practitioner_id is not null and m.ended_on is null
  and exists (select 1 from chronology.network_member e
              where e.child_id = m.child_id and e.practitioner_id = m.practitioner_id and e.ended_on is null
                and (e.started_on, e.recorded_at, e.id) < (m.started_on, m.recorded_at, m.id));

create unique index if not exists network_member_practitioner_once on chronology.network_member (child_id, practitioner_id)
    where practitioner_id is not null and ended_on is null;
