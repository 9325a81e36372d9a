-- A sign-in account linked to the person it is, in one organisation: a volunteer or member who
-- accepted an invitation sent to the e-mail of their person record, or whom staff linked. One
-- person per account in each organisation and one account per person, so that what an account
-- sees of "its own" (roles, courses, groups, assignments) is never someone else's.
CREATE TABLE account_people (
    person_id uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    user_id uuid NOT NULL REFERENCES users (id),
    linked_at timestamptz NOT NULL DEFAULT now(),
    linked_by uuid REFERENCES users (id),
    CONSTRAINT account_people_person_fkey FOREIGN KEY (organisation_id, person_id)
        REFERENCES people (organisation_id, id),
    CONSTRAINT account_people_one_per_org_key UNIQUE (user_id, organisation_id)
);

-- A volunteer's own past entries: the activities their account logged.
CREATE INDEX activities_logged_by_idx ON activities (logged_by, id DESC) WHERE logged_by IS NOT NULL;
