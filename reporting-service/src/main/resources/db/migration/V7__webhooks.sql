-- Signed webhooks: agency systems and portals that cannot join Kafka receive the platform's events
-- as CloudEvents over HTTPS. Not a projection: a rebuild of the read model leaves these alone.

-- Who wants which events, where. The secret is kept encrypted (AES-GCM, ita.webhooks.secret-key):
-- signing needs it back, so it cannot be hashed. While a rotated secret's overlap lasts, deliveries
-- are signed with the previous secret too.
CREATE TABLE webhook_subscription (
    id                    uuid          PRIMARY KEY,
    owner                 varchar(200)  NOT NULL,
    url                   varchar(2000) NOT NULL,
    event_types           varchar(500)  NOT NULL,
    agency_code           varchar(32),
    ministry_code         varchar(32),
    description           varchar(500),
    secret                text          NOT NULL,
    previous_secret       text,
    previous_secret_until timestamptz,
    status                varchar(10)   NOT NULL,
    paused_reason         text,
    paused_at             timestamptz,
    failing_since         timestamptz,
    failed_attempts       integer       NOT NULL DEFAULT 0,
    version               bigint        NOT NULL DEFAULT 0,
    created_at            timestamptz   NOT NULL,
    created_by            varchar(200)  NOT NULL,
    updated_at            timestamptz   NOT NULL,
    updated_by            varchar(200)  NOT NULL,
    CONSTRAINT webhook_subscription_status_chk CHECK (status IN ('ACTIVE', 'PAUSED'))
);
CREATE INDEX webhook_subscription_owner_idx ON webhook_subscription (owner, created_at);

-- An event that at least one subscription wanted, as it came from Kafka: what every delivery of it
-- sends (the same attributes and JSON data).
CREATE TABLE webhook_event (
    id           varchar(200) PRIMARY KEY,
    topic        varchar(200) NOT NULL,
    type         varchar(200) NOT NULL,
    source       varchar(300) NOT NULL,
    subject      varchar(200),
    time         timestamptz,
    data_schema  varchar(500),
    agency_code  varchar(32),
    data         text         NOT NULL,
    received_at  timestamptz  NOT NULL
);

-- One event for one subscription. Deliveries of one subscription and agency go out in seq order:
-- the next waits until the one before was delivered or given up (FAILED).
CREATE TABLE webhook_delivery (
    id               uuid         PRIMARY KEY,
    seq              bigserial    NOT NULL UNIQUE,
    subscription_id  uuid         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id         varchar(200) NOT NULL REFERENCES webhook_event (id),
    agency_code      varchar(32)  NOT NULL,
    state            varchar(10)  NOT NULL,
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    last_attempt_at  timestamptz,
    last_status      integer,
    last_latency_ms  integer,
    last_error       text,
    delivered_at     timestamptz,
    created_at       timestamptz  NOT NULL,
    CONSTRAINT webhook_delivery_state_chk CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    CONSTRAINT webhook_delivery_once UNIQUE (subscription_id, event_id)
);
-- The worker looks for due pending deliveries, and for an older pending one of the same
-- subscription and agency that must go first.
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (state, next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX webhook_delivery_order_idx ON webhook_delivery (subscription_id, agency_code, seq) WHERE state = 'PENDING';
CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (subscription_id, seq);
