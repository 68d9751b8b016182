-- A milestone the platform's editors wrote where the agency's own document gave none (the demo
-- plans condense a measure's steps into quarters): kept apart, so that documents never print it as
-- the agency's.
ALTER TABLE milestone ADD COLUMN editorial boolean NOT NULL DEFAULT false;
