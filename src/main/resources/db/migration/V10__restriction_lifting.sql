-- A restriction ends only by being lifted (the participant's new wish), recorded as an event.
ALTER TABLE disclosure_restriction ADD COLUMN lifted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE disclosure_restriction ADD COLUMN lifted_by VARCHAR(255);
ALTER TABLE disclosure_restriction ADD COLUMN lifting_reason VARCHAR(1000);
ALTER TABLE disclosure_restriction ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
