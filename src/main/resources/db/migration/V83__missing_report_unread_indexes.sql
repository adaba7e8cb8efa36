-- ADR 0041: two indexes of missing.report that no query reads any more are dropped. Every report the
-- feed takes in paid for their upkeep. Reports are read by child (report_child), by chronology entry
-- (report_event) and by id; the patterns table reads its summaries (ADR 0034), not the reports, since V81.
drop index missing.report_agency_child;
drop index missing.report_episode;
