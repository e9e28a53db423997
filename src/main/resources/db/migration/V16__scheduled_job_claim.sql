-- One row per scheduled job: the run a node last claimed. Every node fires every job; the node
-- that locks the row first and finds the run unclaimed does the work, in the same transaction,
-- so a job runs once per cluster and a failed run stays unclaimed for the next try.
CREATE TABLE scheduled_job_claim (
    job        VARCHAR(100) PRIMARY KEY,
    last_run   VARCHAR(40),
    claimed_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO scheduled_job_claim (job) VALUES ('consent-expiry');
