-- An import's rows are staged in blocks: consecutive lines of the file with the same agency
-- columns, one row per block, the lines' own columns as arrays in file order. A national file
-- (566,100 lines, one block per agency when it lists each agency's lines together) staged one row
-- per line cost PostgreSQL 2.0 s to COPY, 0.19 s to read back in order and 0.15 s to delete, each
-- line a tuple and an index entry; as 8,325 blocks, 0.33 s, 0.01 s and 0.01 s (measured on the
-- same data in one session). A file whose agencies' lines are mixed stages as many blocks as it
-- has changes of agency, at worst one per line as before.
CREATE TABLE import_block (
    job_id            uuid       NOT NULL,
    first_line        integer    NOT NULL,
    agency_code       text       NOT NULL,
    agency_name_th    text,
    agency_name_en    text,
    agency_type       text,
    ministry_code     text,
    ministry_name_th  text,
    ministry_name_en  text,
    lines             integer[]  NOT NULL,
    round             text[]     NOT NULL,
    question          text[]     NOT NULL,
    part              text[]     NOT NULL,
    score             text[]     NOT NULL
);
CREATE INDEX import_block_by_agency ON import_block (job_id, agency_code, first_line);

-- While an instance of the previous version stages a file, give up rather than hold every job's
-- reads behind it (as V12 does); started again once the file is staged, the service migrates.
SET LOCAL lock_timeout = '5s';

-- A job still staged when this version starts resumes from its rows, each a block of one line.
INSERT INTO import_block (job_id, first_line, agency_code, agency_name_th, agency_name_en, agency_type,
                          ministry_code, ministry_name_th, ministry_name_en, lines, round, question, part, score)
SELECT job_id, line, agency_code, agency_name_th, agency_name_en, agency_type,
       ministry_code, ministry_name_th, ministry_name_en,
       ARRAY[line], ARRAY[round], ARRAY[question], ARRAY[part], ARRAY[score]
FROM import_row;

DROP TABLE import_row;
