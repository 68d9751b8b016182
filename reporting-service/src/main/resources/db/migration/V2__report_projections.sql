-- reporting-service's read model, built only from events (ita.results, ita.plans, ita.measures).
-- Each row keeps the producer's whole snapshot as jsonb, so documents can use any field the event
-- carries without a migration; the plain columns are the ones queried, sorted or compared.
-- Everything here except report_settings can be dropped and rebuilt by replaying the topics
-- (POST /api/v1/admin/projections/rebuild).

-- The latest published revision of each result (ResultPublished).
CREATE TABLE report_result (
    agency_code      varchar(32)  NOT NULL,
    fiscal_year      integer      NOT NULL,
    round            varchar(10)  NOT NULL,
    revision         integer      NOT NULL,
    overall_score    numeric(5,2),
    level_code       varchar(40),
    published_at     timestamptz,
    source_event_id  varchar(200) NOT NULL,
    received_at      timestamptz  NOT NULL,
    payload          jsonb        NOT NULL,
    PRIMARY KEY (agency_code, fiscal_year, round)
);
-- Dashboards and rankings: one year's results by score.
CREATE INDEX report_result_year_idx ON report_result (fiscal_year, round, overall_score DESC);

-- The latest approved or published snapshot of each plan (PlanApproved, PlanPublished). The
-- producer allows one plan per agency and fiscal year.
CREATE TABLE report_plan (
    agency_code      varchar(32)  NOT NULL,
    fiscal_year      integer      NOT NULL,
    plan_id          uuid         NOT NULL,
    assessment_year  integer      NOT NULL,
    status           varchar(12)  NOT NULL,
    plan_version     bigint       NOT NULL,
    published_at     timestamptz,
    source_event_id  varchar(200) NOT NULL,
    received_at      timestamptz  NOT NULL,
    payload          jsonb        NOT NULL,
    PRIMARY KEY (agency_code, fiscal_year)
);

-- The latest snapshot of each measure, from measure events and from the measures inside plan
-- events, whichever is newer: (measure_version, milestones_version) only ever grows.
CREATE TABLE report_measure (
    measure_id          uuid         PRIMARY KEY,
    plan_id             uuid         NOT NULL,
    agency_code         varchar(32)  NOT NULL,
    fiscal_year         integer      NOT NULL,
    ordinal             integer      NOT NULL,
    status              varchar(12)  NOT NULL,
    overdue             boolean      NOT NULL,
    measure_version     bigint       NOT NULL,
    milestones_version  bigint       NOT NULL,
    source_event_id     varchar(200) NOT NULL,
    received_at         timestamptz  NOT NULL,
    payload             jsonb        NOT NULL
);
CREATE INDEX report_measure_plan_idx ON report_measure (plan_id, ordinal);
CREATE INDEX report_measure_year_idx ON report_measure (fiscal_year, overdue DESC, status);

-- The dated trail of a measure's progress: the "change" of every MeasureStatusChanged and
-- MilestoneStatusChanged. (Evidence records are not published as events.)
CREATE TABLE report_measure_change (
    event_id       varchar(200) PRIMARY KEY,
    measure_id     uuid         NOT NULL,
    milestone_id   uuid,
    from_status    varchar(12),
    to_status      varchar(12)  NOT NULL,
    note           text,
    changed_by     varchar(200) NOT NULL,
    changed_at     timestamptz  NOT NULL
);
CREATE INDEX report_measure_change_measure_idx ON report_measure_change (measure_id, changed_at);

-- Owned by reporting-service, not a projection: a rebuild leaves it alone.
CREATE TABLE report_settings (
    agency_code       varchar(32)  PRIMARY KEY,
    public_documents  boolean      NOT NULL,
    version           bigint       NOT NULL,
    updated_at        timestamptz  NOT NULL,
    updated_by        varchar(200) NOT NULL
);
