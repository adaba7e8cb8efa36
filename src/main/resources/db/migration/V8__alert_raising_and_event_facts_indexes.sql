-- Alerts are now raised by one statement that returns what it inserted, so the transaction id that
-- told a transaction's own new alerts apart is no longer needed.
alter table oversight.alert drop column raised_in_tx;

-- Indexes for EventFacts, which the alert rules read through, so that the events a rule needs are
-- answered from an index alone, without visiting the table, for rows the visibility map knows are
-- visible to all (V7 has vacuum keep that map up to date). They replace V7's two indexes: the one
-- by child and type made every event of a watched type be fetched from the table.
drop index chronology.event_current_by_child_type;
drop index chronology.event_current_missing_episode;

-- Every new missing episode or return interview has the child's whole history of both read (trends
-- of frequency and length, return interviews offered in time); missing episodes come from here alone.
create index event_current_missing on chronology.event (child_id, type, occurred_at)
    include (ended_at, event_id, agency_id, significance, sensitivity, source_event_id)
    where not superseded and type in ('MISSING_EPISODE', 'RETURN_INTERVIEW');

-- Every new significant or critical event has the child's significant events within months of it
-- read (concerns from several agencies).
create index event_current_significant on chronology.event (child_id, occurred_at)
    include (type, ended_at, event_id, agency_id, significance, sensitivity, source_event_id)
    where not superseded and significance <> 'ROUTINE';
