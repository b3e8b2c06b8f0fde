-- When the person blocked Nurture on a channel that reports it (Telegram: my_chat_member "kicked", or a send answered
-- 403 "bot was blocked by the user"): outbound sends stop until they unblock it. Null while not blocked. Kept apart
-- from opted_out, which only the person's own STOP and START change.
ALTER TABLE contact ADD COLUMN blocked_at TIMESTAMP WITH TIME ZONE;
