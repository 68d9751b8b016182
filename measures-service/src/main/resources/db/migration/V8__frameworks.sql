-- What the gap list needs of each framework version announced on ita.frameworks (FrameworkPublished):
-- every question's texts, tool, indicator and issues, in the framework's order, and the levels'
-- Thai names. A ResultPublished of version 2 carries only codes and scores and names the framework
-- version it was scored with; the gap list joins the two. A version never changes: the first copy
-- stays.
CREATE TABLE result_framework (
    fiscal_year      integer      NOT NULL,
    version          bigint       NOT NULL,
    questions        jsonb        NOT NULL,
    level_names_th   jsonb        NOT NULL,
    source_event_id  varchar(200) NOT NULL,
    received_at      timestamptz  NOT NULL,
    PRIMARY KEY (fiscal_year, version)
);
