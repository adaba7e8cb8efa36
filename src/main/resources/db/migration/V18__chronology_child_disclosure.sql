-- The child's own words, where they asked for limited sharing, are a sensitivity of their own
-- (issue 12): read only by the agency that recorded them unless the sensitivity policy says more.
-- Entries recorded on the child's page may carry it; partners' events (the contract) may not.
alter table chronology.event drop constraint event_sensitivity_check;
alter table chronology.event add constraint event_sensitivity_check
    check (sensitivity in ('STANDARD', 'HEALTH', 'SEXUAL_HEALTH', 'POLICE_INTELLIGENCE', 'CHILD_DISCLOSURE'));
