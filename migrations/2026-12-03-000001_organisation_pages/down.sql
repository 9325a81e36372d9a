DROP TABLE organisation_logos;
ALTER TABLE organisations DROP COLUMN embed_origins, DROP COLUMN brand_colour;
