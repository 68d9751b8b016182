-- Improvement plans: one per agency and the fiscal year it runs in, answering an assessment year.
CREATE TABLE plan (
    id               uuid         PRIMARY KEY,
    agency_code      varchar(32)  NOT NULL,
    fiscal_year      integer      NOT NULL,
    assessment_year  integer      NOT NULL,
    status           varchar(12)  NOT NULL,
    title_th         varchar(500),
    title_en         varchar(500),
    limitations      text,
    version          bigint       NOT NULL,
    created_at       timestamptz  NOT NULL,
    created_by       varchar(200) NOT NULL,
    updated_at       timestamptz  NOT NULL,
    updated_by       varchar(200) NOT NULL,
    approved_at      timestamptz,
    approved_by      varchar(200),
    published_at     timestamptz,
    published_by     varchar(200),
    CONSTRAINT plan_agency_year_uq UNIQUE (agency_code, fiscal_year)
);

CREATE TABLE measure (
    id                  uuid         PRIMARY KEY,
    plan_id             uuid         NOT NULL REFERENCES plan (id),
    ordinal             integer      NOT NULL,
    issue               integer,
    tier                varchar(10),
    target_questions    jsonb        NOT NULL,
    title_th            text         NOT NULL,
    title_en            text,
    rationale           text,
    steps               jsonb        NOT NULL,
    period_start        date         NOT NULL,
    period_end          date         NOT NULL,
    responsible_units   jsonb        NOT NULL,
    monitoring          text,
    reporting_to        varchar(300),
    reporting_every_months integer,
    reporting_note      text,
    frame_category      varchar(20),
    knowledge_topics    jsonb        NOT NULL,
    percent_complete    integer      NOT NULL,
    status              varchar(12)  NOT NULL,
    version             bigint       NOT NULL,
    created_at          timestamptz  NOT NULL,
    created_by          varchar(200) NOT NULL,
    updated_at          timestamptz  NOT NULL,
    updated_by          varchar(200) NOT NULL
);
CREATE INDEX measure_plan_idx ON measure (plan_id, ordinal);

CREATE TABLE milestone (
    id            uuid         PRIMARY KEY,
    measure_id    uuid         NOT NULL REFERENCES measure (id),
    quarter       varchar(2)   NOT NULL,
    due_date      date         NOT NULL,
    activity      text         NOT NULL,
    output        text,
    status        varchar(12)  NOT NULL,
    completed_on  date,
    version       bigint       NOT NULL
);
CREATE INDEX milestone_measure_idx ON milestone (measure_id);
-- The overdue job looks only at milestones that are still open.
CREATE INDEX milestone_open_due_idx ON milestone (due_date) WHERE status IN ('PLANNED', 'IN_PROGRESS');

-- Who changed a measure's or milestone's status, when, from what, to what, and why.
CREATE TABLE status_change (
    id            uuid         PRIMARY KEY,
    measure_id    uuid         NOT NULL REFERENCES measure (id),
    milestone_id  uuid         REFERENCES milestone (id),
    from_status   varchar(12),
    to_status     varchar(12)  NOT NULL,
    note          text,
    changed_by    varchar(200) NOT NULL,
    changed_at    timestamptz  NOT NULL
);
CREATE INDEX status_change_measure_idx ON status_change (measure_id, changed_at);

-- Evidence of progress: when the activity happened is kept apart from when it was recorded.
CREATE TABLE evidence (
    id            uuid         PRIMARY KEY,
    measure_id    uuid         NOT NULL REFERENCES measure (id),
    milestone_id  uuid         REFERENCES milestone (id),
    occurred_on   date         NOT NULL,
    start_time    time,
    end_time      time,
    title_th      varchar(500) NOT NULL,
    description   text,
    place         varchar(500),
    attendees     jsonb        NOT NULL,
    links         jsonb        NOT NULL,
    attachments   jsonb        NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    recorded_by   varchar(200) NOT NULL
);
CREATE INDEX evidence_measure_idx ON evidence (measure_id, occurred_on);

-- The gap list built from an agency's published result, for the plan of the next fiscal year.
CREATE TABLE gap_list (
    agency_code      varchar(32)  NOT NULL,
    fiscal_year      integer      NOT NULL,
    assessment_year  integer      NOT NULL,
    result_revision  integer      NOT NULL,
    overall_score    numeric(7,2),
    level_name_th    varchar(200),
    questions        jsonb        NOT NULL,
    source_event_id  varchar(200) NOT NULL,
    received_at      timestamptz  NOT NULL,
    PRIMARY KEY (agency_code, fiscal_year)
);
