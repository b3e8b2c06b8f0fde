-- Each time Nurture showed educators to a parent, for the organization's reporting. No contact and no exact place:
-- the area is the ZIP code's first three digits, or the state when the parent gave a city.
CREATE TABLE educator_referral (
    id            UUID PRIMARY KEY,
    referred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    channel       VARCHAR(16)  NOT NULL,
    language      VARCHAR(8)   NOT NULL,
    area          VARCHAR(8)   NOT NULL,
    educator_ids  VARCHAR(1000) NOT NULL,
    nearby        BOOLEAN      NOT NULL,
    sample        BOOLEAN      NOT NULL
);
CREATE INDEX educator_referral_referred_at ON educator_referral (referred_at);
