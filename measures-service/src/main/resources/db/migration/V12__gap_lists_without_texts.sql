-- A gap list built from a result of version 2 keeps each question's code, place, issues and score,
-- and the framework version that holds its text (framework_version), instead of the text: the
-- texts of every question, tens of KB of Thai per agency, made storing a gap list a large part of
-- applying a national import. The gap list is joined to them when read. A list with no
-- framework_version has its texts (from a result of version 1, or stored before this migration).
ALTER TABLE gap_list ADD COLUMN framework_version bigint;
