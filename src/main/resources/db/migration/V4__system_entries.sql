-- Other modules record entries in the chronology too (an alert acknowledged, a disagreement
-- escalated); when no person acted, the system is the recorder.
alter table chronology.event drop constraint event_recorded_by_kind_check;
alter table chronology.event add constraint event_recorded_by_kind_check
    check (recorded_by_kind in ('PRACTITIONER', 'API_CLIENT', 'SYSTEM'));
