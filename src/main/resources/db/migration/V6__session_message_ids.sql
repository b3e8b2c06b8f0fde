-- The provider ids of a contact's latest messages (Twilio MessageSids, newest first, separated by spaces) and the
-- answer given to the newest, saved with the session that every message saves anyway. The session's version check
-- makes the pair a guard across instances: a redelivery of one of these ids finds it here and changes nothing.
ALTER TABLE conversation_session ADD COLUMN message_ids VARCHAR(1000);
ALTER TABLE conversation_session ADD COLUMN answer VARCHAR(20000);
