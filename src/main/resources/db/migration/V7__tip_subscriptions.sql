-- Daily tips. The same script runs on H2 and PostgreSQL.

-- A parent's subscription, at most one per contact. next_due_at is when the next tip is due (null once ended); the
-- scheduler claims due rows with FOR UPDATE SKIP LOCKED, so each is planned by one instance at a time. band and
-- band_position are how far the subscriber has come through the tip plan of their baby's current age band.
CREATE TABLE subscription (
    id            UUID PRIMARY KEY,
    contact_id    UUID NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    status        VARCHAR(16) NOT NULL,
    birth_date    DATE,
    due_date      DATE,
    time_zone     VARCHAR(64) NOT NULL,
    send_time     TIME NOT NULL,
    cadence       VARCHAR(16) NOT NULL,
    language      VARCHAR(8)  NOT NULL,
    paused_until  DATE,
    end_reason    VARCHAR(16),
    next_due_at   TIMESTAMP WITH TIME ZONE,
    band          VARCHAR(24),
    band_position INTEGER     NOT NULL DEFAULT -1,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT subscription_contact UNIQUE (contact_id)
);
CREATE INDEX subscription_next_due ON subscription (next_due_at);

-- The outbox: one row per subscription and local date, whatever happens to it (sent, skipped, failed, unknown), so no
-- instance, retry or restart can make a second tip for the same day.
CREATE TABLE tip_delivery (
    id                  UUID PRIMARY KEY,
    subscription_id     UUID NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    local_date          DATE NOT NULL,
    due_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    tip_id              VARCHAR(64),
    status              VARCHAR(16) NOT NULL,
    detail              VARCHAR(200),
    claimed_at          TIMESTAMP WITH TIME ZONE,
    sent_at             TIMESTAMP WITH TIME ZONE,
    provider_message_id VARCHAR(64),
    error_code          INTEGER,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT tip_delivery_once UNIQUE (subscription_id, local_date)
);
CREATE INDEX tip_delivery_status_due ON tip_delivery (status, due_at);
CREATE INDEX tip_delivery_provider_message ON tip_delivery (provider_message_id);

-- What the parent was shown when they gave or refused consent (the tips program's confirmation, say), word for word.
ALTER TABLE consent_event ADD COLUMN shown VARCHAR(2000);

-- The next free send slot of each sender (a Twilio number, a Telegram bot), so that instances sharing a sender share its
-- rate: each reserves a block of slots, 1/rate apart, from here, under the row's lock.
CREATE TABLE send_pace (
    sender    VARCHAR(80) PRIMARY KEY,
    next_slot TIMESTAMP WITH TIME ZONE NOT NULL
);
