-- Shared by every service: the transactional outbox (events written in the same transaction as
-- the change they announce) and the inbox (ids of events already applied, for idempotency).

CREATE TABLE outbox_event (
    id              uuid         PRIMARY KEY,
    seq             bigserial    NOT NULL UNIQUE,
    topic           varchar(200) NOT NULL,
    event_key       varchar(200) NOT NULL,
    event_type      varchar(200) NOT NULL,
    subject         varchar(200),
    payload         jsonb        NOT NULL,
    occurred_at     timestamptz  NOT NULL,
    published_at    timestamptz,
    attempts        integer      NOT NULL DEFAULT 0,
    last_error      text
);

-- The relay only ever looks at what is still to be sent, in order.
CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;

CREATE TABLE inbox_event (
    event_id        varchar(200) PRIMARY KEY,
    event_type      varchar(200) NOT NULL,
    source          varchar(300),
    received_at     timestamptz  NOT NULL DEFAULT now()
);
