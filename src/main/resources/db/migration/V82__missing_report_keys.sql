-- ADR 0041: the keys from a report and from an episode's history to its episode are dropped.
-- Profiled on feed ingest (docs/performance.md, "Ingest speed"): each row's check of the key ran a
-- plan cached while missing.episode was small (a sequential scan of it, under a row lock), and cost
-- 0.3–0.6 ms a row, as much as the events themselves. What the keys guarded still holds:
-- episodes are never deleted (trigger episode_no_delete), and only EpisodeBook writes a report's or
-- a step's episode, in the transaction that creates or reads that episode (MissingEpisodeKeysIT).
alter table missing.report drop constraint report_episode_id_fkey;
alter table missing.episode_step drop constraint episode_step_episode_id_fkey;
