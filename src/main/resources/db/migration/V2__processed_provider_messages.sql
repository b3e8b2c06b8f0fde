-- Provider message ids already handled (Twilio MessageSid, later Telegram update_id), with the answer given, so a
-- redelivery gets the same answer and has no second effect. The primary key is the guard, across instances.
CREATE TABLE processed_message (
    provider    VARCHAR(16) NOT NULL,
    message_id  VARCHAR(64) NOT NULL,
    response    VARCHAR(20000),
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT processed_message_pk PRIMARY KEY (provider, message_id)
);
-- For pruning old ids: a provider redelivers within hours, not months.
CREATE INDEX processed_message_received_at ON processed_message (received_at);

-- When the provider said this address can never receive a message (invalid number, landline, unreachable carrier):
-- the outbound side stops trying. Null while deliverable.
ALTER TABLE contact ADD COLUMN undeliverable_at TIMESTAMP WITH TIME ZONE;
