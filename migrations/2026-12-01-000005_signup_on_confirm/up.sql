-- A sign-up naming someone already registered adds nothing to them until the link sent to
-- them is used: the sign-up then holds what to add (the chapter, the membership type and the
-- consent given), and has no membership until it is confirmed.
ALTER TABLE signups
    ALTER COLUMN membership_id DROP NOT NULL,
    ADD COLUMN chapter_id uuid,
    ADD COLUMN type_code text,
    ADD COLUMN consent_version text,
    ADD COLUMN consent_language text,
    ADD CONSTRAINT signups_chapter_same_org FOREIGN KEY (organisation_id, chapter_id)
        REFERENCES chapters (organisation_id, id),
    ADD CONSTRAINT signups_deferred_complete CHECK (
        membership_id IS NOT NULL
        OR (chapter_id IS NOT NULL AND type_code IS NOT NULL AND consent_version IS NOT NULL
            AND consent_language IS NOT NULL));
