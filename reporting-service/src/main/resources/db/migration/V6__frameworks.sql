-- Every framework version announced on ita.frameworks (FrameworkPublished), with its labels and
-- question texts. A ResultPublished of version 2 carries codes and figures only, and names the
-- framework version it was scored with; the projection joins the two into the result's payload
-- (the shape version 1 carried), so documents read what they always read. A version never changes,
-- so the first copy stays. Rebuilt, like the rest of the read model, by replaying the topic.
CREATE TABLE report_framework (
    fiscal_year      integer      NOT NULL,
    version          bigint       NOT NULL,
    source_event_id  varchar(200) NOT NULL,
    received_at      timestamptz  NOT NULL,
    payload          jsonb        NOT NULL,
    PRIMARY KEY (fiscal_year, version)
);
