-- The input files a closed date ran with (three feeds, its resolutions file when it had one, and
-- the agreements file), kept so that ops can put the originals back (restore-inputs) after an
-- exit 5. They live in the database that recorded the date, committed in the same transaction
-- as the date's published_file rows: a backup carries them, and two databases run from the same
-- working folder never see each other's copies. sha256 is of the original bytes, checked again
-- when they are written back.
CREATE TABLE archived_input (
    business_date date   NOT NULL,
    file_name     text COLLATE "C"   NOT NULL,
    sha256        text   NOT NULL,
    size_bytes    bigint NOT NULL,
    content_gzip  bytea  NOT NULL,
    PRIMARY KEY (business_date, file_name)
);
