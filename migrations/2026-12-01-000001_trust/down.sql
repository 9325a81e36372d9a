ALTER TABLE outbox DROP COLUMN kind;
ALTER TABLE refresh_tokens DROP CONSTRAINT refresh_tokens_session_fkey;
DROP TABLE sessions;
