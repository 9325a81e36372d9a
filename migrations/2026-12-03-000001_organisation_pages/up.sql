-- What an organisation's served pages look like and where they may be embedded: its colour
-- (links and buttons; checked for contrast with white when set), the origins whose pages may
-- frame its sign-up form, and its logo, kept apart so that reading an organisation never
-- loads the picture.
ALTER TABLE organisations
    ADD COLUMN brand_colour text CHECK (brand_colour ~ '^#[0-9a-f]{6}$'),
    ADD COLUMN embed_origins text[] NOT NULL DEFAULT '{}' CHECK (cardinality(embed_origins) <= 10);

CREATE TABLE organisation_logos (
    organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp')),
    image bytea NOT NULL CHECK (octet_length(image) BETWEEN 1 AND 262144),
    updated_at timestamptz NOT NULL DEFAULT now()
);
