DELETE FROM signups WHERE membership_id IS NULL;
ALTER TABLE signups
    DROP CONSTRAINT signups_deferred_complete,
    DROP CONSTRAINT signups_chapter_same_org,
    DROP COLUMN consent_language,
    DROP COLUMN consent_version,
    DROP COLUMN type_code,
    DROP COLUMN chapter_id,
    ALTER COLUMN membership_id SET NOT NULL;
