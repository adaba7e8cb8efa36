-- EventFacts reads children's current events of a few types (the alert rules); by child alone,
-- every one of a child's events would be fetched from the table to look at its type.
create index event_current_by_child_type on chronology.event (child_id, type) where not superseded;

-- Every new missing episode has the child's whole missing history read (trends of frequency and
-- length, return interviews). This index answers that on its own, without visiting the table, for
-- rows the visibility map knows are visible to all...
create index event_current_missing_episode on chronology.event (child_id, occurred_at)
    include (ended_at, event_id, agency_id, significance, sensitivity, source_event_id)
    where not superseded and type = 'MISSING_EPISODE';

-- ...which vacuum keeps up to date: after every 2% of new rows rather than PostgreSQL's default 20%.
alter table chronology.event set (autovacuum_vacuum_insert_scale_factor = 0.02);
