-- Who hears about an agency's plan by e-mail: its officers, its head, and where given a responsible
-- unit's mailbox (such a contact hears only about the measures that unit carries out). The list has
-- one row per agency so that it carries the ETag of the whole list and a change locks it.
CREATE TABLE reminder_contact_list (
    agency_code  varchar(32)  PRIMARY KEY,
    revision     bigint       NOT NULL,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(200) NOT NULL,
    updated_at   timestamptz  NOT NULL,
    updated_by   varchar(200) NOT NULL
);

CREATE TABLE reminder_contact (
    id                uuid         PRIMARY KEY,
    agency_code       varchar(32)  NOT NULL REFERENCES reminder_contact_list (agency_code),
    ordinal           int          NOT NULL,
    name              varchar(200) NOT NULL,
    email             varchar(254) NOT NULL,
    language          varchar(2)   NOT NULL CHECK (language IN ('th', 'en')),
    responsible_unit  varchar(300),
    -- The proof a contact shows to unsubscribe from the link in every message; never in the API.
    unsubscribe_token varchar(64)  NOT NULL UNIQUE,
    unsubscribed_at   timestamptz
);
CREATE UNIQUE INDEX reminder_contact_email_idx ON reminder_contact (agency_code, lower(email));

-- Every reminder the platform means to send, one row per milestone, kind and recipient: the primary
-- key makes a second claim of the same reminder (another replica, a restart, the next run) a no-op.
-- A row is claimed PENDING before the message goes out and marked SENT after; a failed send stays
-- PENDING and is tried again on the next run. DROPPED: by the time it was due to go, the milestone
-- was done or gone, or the contact had unsubscribed or been removed.
CREATE TABLE reminder_sent (
    milestone_id uuid         NOT NULL,
    kind         varchar(20)  NOT NULL,
    email        varchar(254) NOT NULL,
    agency_code  varchar(32)  NOT NULL,
    status       varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'SENT', 'DROPPED')),
    claimed_on   date         NOT NULL,
    claimed_at   timestamptz  NOT NULL,
    attempts     int          NOT NULL DEFAULT 0,
    last_error   varchar(500),
    sent_at      timestamptz,
    PRIMARY KEY (milestone_id, kind, email)
);
CREATE INDEX reminder_sent_pending_idx ON reminder_sent (claimed_at) WHERE status = 'PENDING';
