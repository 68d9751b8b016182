-- An event's data is kept as the text the producer wrote, and the relay sends those exact bytes.
-- As jsonb, PostgreSQL parsed every event into its binary form (0.55-0.75 s more of its time for
-- the 8,325 ResultPublished events of a national import than as text) and gave it back re-spaced,
-- with its keys re-ordered: bytes the producer had not sized against the topics' limit, and about
-- a seventh more of them (on average 2,098 against 1,849 for those events).
--
-- The table is rewritten under an exclusive lock, and it keeps every event sent. While an old
-- replica's transaction holds it, give up after 5 s rather than hold every write behind the wait
-- (as assessment-service's V12 does); started again, the service migrates.
SET LOCAL lock_timeout = '5s';
ALTER TABLE outbox_event ALTER COLUMN payload TYPE text;
