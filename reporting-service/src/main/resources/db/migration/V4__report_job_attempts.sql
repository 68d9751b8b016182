-- Report jobs record their attempts (th.ita.platform.common.job.JobTable): a job is tried at most
-- ita.jobs.max-attempts times and then ends FAILED with the reason. The worker moves heartbeat_at
-- while it renders; a job whose heartbeat stood still past ita.report-jobs.stale is taken over.
-- A failed attempt waits until retry_at.
ALTER TABLE report_job
    ADD COLUMN attempts      integer      NOT NULL DEFAULT 0,
    ADD COLUMN heartbeat_at  timestamptz,
    ADD COLUMN retry_at      timestamptz;
UPDATE report_job SET heartbeat_at = started_at, attempts = 1 WHERE state = 'RUNNING';
