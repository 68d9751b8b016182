-- A national file stages about 566,000 rows with COPY, and the foreign key to import_job checked
-- (and share-locked) the job's row once for each of them: 4.2 s of staging against 1.9 s without
-- it, measured with INSERT … SELECT of as many rows. The check cannot fail: ImportService inserts
-- the job and COPYs its rows in one transaction, and the rows leave when the job ends (DONE or
-- FAILED). The platform never deletes a job; should an operator delete one by hand, they delete its
-- rows too (DELETE FROM import_row WHERE job_id = …), which the cascade used to do.
-- The drop locks both tables: while an instance of the previous version stages a file, give up
-- rather than hold every job's reads behind it. The service then fails to start; started again
-- once the file is staged, it migrates.
SET LOCAL lock_timeout = '5s';
ALTER TABLE import_row DROP CONSTRAINT import_row_job_id_fkey;
