-- ADR 0044: the missing module's keys to the child (from reports and episodes) and to the agency
-- (from reports) are dropped, as V89 dropped the event's. After V89 they were most of a batch's
-- remaining key checks (322 of chronology.child, 167 of access.agency), and the first check of each
-- child in a transaction writes a share lock into the child's row. A child and an agency are never
-- deleted (triggers child_no_delete, agency_no_delete), and EpisodeBook takes a report's child and
-- agency from the event that tells of it or the record a practitioner opened (MissingEpisodeKeysIT).
alter table missing.report drop constraint report_child_id_fkey;
alter table missing.report drop constraint report_agency_id_fkey;
alter table missing.episode drop constraint episode_child_id_fkey;
