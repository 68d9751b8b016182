-- An import's rows are staged in blocks: consecutive lines of the file with the same agency
-- columns, one row per block, the lines' own columns as arrays in file order. A national file
-- (566,100 lines, one block per agency when it lists each agency's lines together) staged one row
-- per line cost PostgreSQL 2.0 s to COPY, 0.19 s to read back in order and 0.15 s to delete, each
-- line a tuple and an index entry; as 8,325 blocks, 0.33 s, 0.01 s and 0.01 s (measured on the
-- same data, in temporary tables, in one session). A new block begins wherever the agency or its
-- names change (and after 1,000 lines), so a file that mixes its agencies' lines stages more
-- blocks, at worst one per line as before. An operator who deletes a job by hand deletes its
-- blocks too (DELETE FROM import_block WHERE job_id = …), as V12 said of import_row.
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

-- The rows are moved under a lock taken first: an instance of the previous version staging a file
-- or loading a group must not commit between the copy and the drop (its rows would be lost, or
-- loaded twice). While one does, give up rather than hold every job's reads behind it (as V12
-- does); started again once it is done, the service migrates.
SET LOCAL lock_timeout = '5s';
LOCK TABLE import_row IN ACCESS EXCLUSIVE MODE;

-- A job still staged when this version starts resumes from its rows, each a block of one line.
INSERT INTO import_block (job_id, first_line, agency_code, agency_name_th, agency_name_en, agency_type,
                          ministry_code, ministry_name_th, ministry_name_en, lines, round, question, part, score)
SELECT job_id, line, agency_code, agency_name_th, agency_name_en, agency_type,
       ministry_code, ministry_name_th, ministry_name_en,
       ARRAY[line], ARRAY[round], ARRAY[question], ARRAY[part], ARRAY[score]
FROM import_row;

DROP TABLE import_row;
