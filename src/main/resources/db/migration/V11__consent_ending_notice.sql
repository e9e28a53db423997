-- The nightly job's mark that the case workers were told a consent ends soon.
ALTER TABLE consent ADD COLUMN ending_noticed_at TIMESTAMP WITH TIME ZONE;
