-- ADR 0043: a partner's batch of events is audited as one entry naming every child it touched, instead
-- of one entry per child (hundreds a second under ingest, each with its seal). child_id stays null on
-- such an entry; a child's audit page finds it through this index as well as by child_id. The chain
-- hashes the column only where it has a value, so every entry sealed before keeps its hash.
alter table access.audit_event add column children uuid[];
create index audit_event_children on access.audit_event using gin (children) where children is not null;
