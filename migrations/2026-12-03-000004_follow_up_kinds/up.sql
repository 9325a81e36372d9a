-- Why someone is followed up is organisation data: the welcome contact (due the organisation's
-- welcome_follow_up_days after joining), contacts a number of days after joining, and a yearly
-- check-in with each holder of a volunteer role (the secretariat's "personaloppfølging").
CREATE TABLE follow_up_kinds (
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
    labels jsonb NOT NULL DEFAULT '{}'::jsonb,
    opens text NOT NULL CHECK (opens IN ('welcome', 'after_joining', 'yearly_in_role')),
    days_after_joining int2 CHECK (days_after_joining BETWEEN 1 AND 3650),
    role_code text,
    retired boolean NOT NULL DEFAULT false,
    PRIMARY KEY (organisation_id, code),
    CONSTRAINT follow_up_kinds_days CHECK ((opens = 'after_joining') = (days_after_joining IS NOT NULL)),
    CONSTRAINT follow_up_kinds_role CHECK ((opens = 'yearly_in_role') = (role_code IS NOT NULL))
);
CREATE UNIQUE INDEX follow_up_kinds_one_welcome_key ON follow_up_kinds (organisation_id) WHERE opens = 'welcome';

CREATE FUNCTION insert_follow_up_kind_defaults(org uuid) RETURNS void LANGUAGE sql AS $$
    INSERT INTO follow_up_kinds (organisation_id, code, labels, opens, days_after_joining, role_code)
    VALUES
        (org, 'welcome', '{"nb": "Velkomstsamtale", "nn": "Velkomstsamtale", "en": "Welcome contact"}', 'welcome',
         NULL, NULL),
        (org, 'second_contact', '{"nb": "Ny kontakt etter et halvt år", "nn": "Ny kontakt etter eit halvt år", "en": "Second contact after six months"}',
         'after_joining', 182, NULL),
        (org, 'peer_supporter_check_in', '{"nb": "Årlig oppfølging av likeperson", "nn": "Årleg oppfølging av likeperson", "en": "Yearly check-in with a peer supporter"}',
         'yearly_in_role', NULL, 'peer_supporter');
$$;
CREATE FUNCTION follow_up_kind_defaults() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM insert_follow_up_kind_defaults(NEW.id);
    RETURN NEW;
END
$$;
CREATE TRIGGER organisations_follow_up_kind_defaults AFTER INSERT ON organisations
    FOR EACH ROW EXECUTE FUNCTION follow_up_kind_defaults();
SELECT insert_follow_up_kind_defaults(id) FROM organisations;

ALTER TABLE follow_ups DROP CONSTRAINT follow_ups_kind_check;
ALTER TABLE follow_ups ADD CONSTRAINT follow_ups_kind_fkey FOREIGN KEY (organisation_id, kind)
    REFERENCES follow_up_kinds (organisation_id, code);
-- Who is due a follow-up of one kind, and when their last one of it was completed.
CREATE INDEX follow_ups_person_kind_idx ON follow_ups (person_id, kind);
