-- Alerts are now raised by one statement that returns what it inserted, so the transaction id that
-- told a transaction's own new alerts apart is no longer needed.
alter table oversight.alert drop column raised_in_tx;

-- EventFacts, which the alert rules read through, needs fewer indexes than V7 gave it, and every
-- index costs every event taken in. The index by child and type made each event of a watched type be
-- fetched from the table anyway; events within months of new ones are found through the index by
-- child and time (V2). One index, covering, answers the reads that span a child's whole history.
drop index chronology.event_current_by_child_type;
drop index chronology.event_current_missing_episode;

-- Every new missing episode or return interview has the child's whole history of both read (trends
-- of frequency and length, return interviews offered in time); missing episodes come from here alone,
-- without visiting the table, for rows the visibility map knows are visible to all (V7 has vacuum
-- keep that map up to date).
create index event_current_missing on chronology.event (child_id, type, occurred_at)
    include (ended_at, event_id, agency_id, significance, sensitivity, source_event_id)
    where not superseded and type in ('MISSING_EPISODE', 'RETURN_INTERVIEW');
