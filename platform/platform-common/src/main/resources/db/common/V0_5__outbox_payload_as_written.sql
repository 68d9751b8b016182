-- An event's data is kept as the text the producer wrote, and the relay sends those exact bytes.
-- As jsonb, PostgreSQL parsed every event into its binary form (about 0.55 s of its CPU for the
-- 8,325 events of a national import) and gave it back re-spaced and with its keys re-ordered:
-- bytes the producer had not sized against the topic's limit, and about a tenth more of them.
ALTER TABLE outbox_event ALTER COLUMN payload TYPE text;
