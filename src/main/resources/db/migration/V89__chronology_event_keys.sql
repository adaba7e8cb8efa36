-- ADR 0044: the event's keys to its child and to its agency are dropped. Profiled on feed ingest
-- (docs/performance.md, "Ingest speed, fourth pass", --stat-statements=on): the key checks were the
-- largest of the feed's costs after the events themselves and the patterns refresh, 822 checks of
-- chronology.child and 667 of access.agency a batch of 500, 11 ms, each taking a share lock on the
-- child's or agency's row, and the event's two were 1,000 of them. What the keys guarded still
-- holds: a child is never deleted (trigger child_no_delete) and now neither is an agency
-- (agency_no_delete, V92, the access module's own migration); an event's child is one the feed has
-- just created or linked, or one a practitioner has opened, in the same transaction, and its agency
-- is the sender's (EventKeysIT).
alter table chronology.event drop constraint event_child_id_fkey;
alter table chronology.event drop constraint event_agency_id_fkey;
