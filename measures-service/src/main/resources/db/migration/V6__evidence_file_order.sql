-- The files of one upload share their upload time; this keeps them in the order they were sent.
ALTER TABLE evidence_file ADD COLUMN upload_order bigint GENERATED ALWAYS AS IDENTITY;
