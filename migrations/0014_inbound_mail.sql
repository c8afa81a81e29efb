-- Email in: what the MIME parser left out of a received message (a too large attachment, parts past the
-- limit, an unreadable body), one line each, so the inbox can say the message is incomplete.
ALTER TABLE email_messages ADD COLUMN parse_notes TEXT NULL;
