-- Changes that were first made by editing V4 and V5 after they had landed; those files are back as
-- they landed, and the changes are made here instead.

-- An alert keeps the agencies whose events met its rule, so their safeguarding leads are told.
alter table oversight.alert add column if not exists agencies uuid[] not null default '{}';
alter table oversight.alert alter column agencies drop default;

-- Alert rules run in the transaction that records the events (ADR 0012), so Spring Modulith's event
-- publication registry, which V4 created, is not used: its empty table goes.
drop schema if exists events cascade;
