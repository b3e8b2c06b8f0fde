-- The same script runs on the embedded H2 database and on PostgreSQL: keep to the SQL both understand.

-- A person on a channel. The address is personal data (a phone number, a chat id): keep nothing else about them.
CREATE TABLE contact (
    id          UUID PRIMARY KEY,
    channel     VARCHAR(16)  NOT NULL,
    address     VARCHAR(128) NOT NULL,
    language    VARCHAR(8),
    opted_out   BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT contact_channel_address UNIQUE (channel, address)
);

-- Where a contact's conversation stands, as JSON; version guards concurrent updates from several instances.
CREATE TABLE conversation_session (
    contact_id  UUID PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    state       VARCHAR(20000) NOT NULL,
    version     BIGINT NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every STOP, START and HELP, with its time and channel.
CREATE TABLE consent_event (
    id          UUID PRIMARY KEY,
    contact_id  UUID NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    channel     VARCHAR(16) NOT NULL,
    consent     VARCHAR(16) NOT NULL,
    keyword     VARCHAR(32) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX consent_event_contact ON consent_event (contact_id);

-- Questions Nurture could not answer, for the staff to read and write answers for.
CREATE TABLE unanswered_question (
    id          UUID PRIMARY KEY,
    contact_id  UUID REFERENCES contact (id) ON DELETE CASCADE,
    channel     VARCHAR(16) NOT NULL,
    language    VARCHAR(8)  NOT NULL,
    question    VARCHAR(1000) NOT NULL,
    asked_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX unanswered_question_asked_at ON unanswered_question (asked_at);
