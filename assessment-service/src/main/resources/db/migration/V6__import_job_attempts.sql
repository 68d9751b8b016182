-- Imports record their attempts (th.ita.platform.common.job.JobTable): a job is tried at most
-- ita.jobs.max-attempts times and then ends FAILED with the reason. A failed attempt waits until
-- retry_at. The heartbeat now moves after each agency.
ALTER TABLE import_job
    ADD COLUMN attempts  integer      NOT NULL DEFAULT 0,
    ADD COLUMN retry_at  timestamptz;
UPDATE import_job SET attempts = 1 WHERE state = 'RUNNING';
