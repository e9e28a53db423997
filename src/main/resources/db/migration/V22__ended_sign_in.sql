-- Identity-provider sessions ended by back-channel logout. The node that receives the logout
-- records it here; every node ends a browser session of that provider session at its next request.
-- A row is needed only while an access token issued in that session may still be unexpired (after
-- that a renewal is refused anyway), so rows older than a day are removed.
CREATE TABLE ended_sign_in (
    provider_session_id VARCHAR(255) PRIMARY KEY,
    ended_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ended_sign_in_ended_at ON ended_sign_in (ended_at);
