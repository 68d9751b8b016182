-- A result announced by ResultPublished version 2 (codes and figures, about 2 KB) is stored as it
-- was announced, with the framework version it is joined to when read (framework_version), instead
-- of joined: the joined result carried the framework's Thai texts, tens of KB per agency, and
-- storing it was the largest cost of applying a national import. A row with no framework_version
-- holds a result already whole (version 1, or stored before this migration).
--
-- The dashboards aggregate a year's results in SQL, so what they show of each result is kept
-- beside it whichever way it was stored: its level's names, and its indicators with their names
-- and the score that stands. indicators keeps its default, so that a replica older than this
-- migration, still running during an upgrade, can store a result; until the read model is rebuilt
-- the dashboards show no indicators or level names for a result such a replica inserts, and the
-- previous revision's for one it updates
-- (POST /api/v1/admin/projections/rebuild), which an upgrade past this version should end with.
ALTER TABLE report_result
    ADD COLUMN framework_version bigint,
    ADD COLUMN level_name_th     text,
    ADD COLUMN level_name_en     text,
    ADD COLUMN indicators        jsonb NOT NULL DEFAULT '[]';

UPDATE report_result r SET
    level_name_th = r.payload -> 'overall' -> 'level' ->> 'nameTh',
    level_name_en = r.payload -> 'overall' -> 'level' ->> 'nameEn',
    indicators = coalesce(
        (SELECT jsonb_agg(jsonb_build_object('number', i -> 'number', 'tool', i -> 'tool',
                                             'nameTh', i -> 'nameTh', 'nameEn', i -> 'nameEn',
                                             'score', i -> 'score'))
         FROM jsonb_array_elements(CASE WHEN jsonb_typeof(r.payload -> 'indicators') = 'array'
                                        THEN r.payload -> 'indicators' ELSE '[]' END) i),
        '[]');
