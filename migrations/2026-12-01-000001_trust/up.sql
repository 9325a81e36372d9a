-- Sessions: one per sign-in. An access token names its session, and a caller is loaded only
-- while that session is open, so signing out or a reused refresh token ends access at once,
-- on every replica. A refresh-token family is a session.
CREATE TABLE sessions (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    ended_at timestamptz
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

INSERT INTO sessions (id, user_id, created_at, ended_at)
SELECT family_id, (array_agg(user_id))[1], min(issued_at), min(revoked_at)
FROM refresh_tokens
GROUP BY family_id;

ALTER TABLE refresh_tokens
    ADD CONSTRAINT refresh_tokens_session_fkey FOREIGN KEY (family_id) REFERENCES sessions (id);

-- What a message is, so that the log can say a message was queued without saying anything of
-- its recipient or content.
ALTER TABLE outbox ADD COLUMN kind text NOT NULL DEFAULT 'message'
    CONSTRAINT outbox_kind_format CHECK (kind ~ '^[a-z][a-z0-9-]{0,39}$');
ALTER TABLE outbox ALTER COLUMN kind DROP DEFAULT;

