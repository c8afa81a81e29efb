-- When a worker claimed an outgoing email: a delivery left "sending" longer than a job's lock was cut off
-- (its worker died) and is sent again rather than never (mail/email_outbox.cpp).
ALTER TABLE email_messages ADD COLUMN claimed_at BIGINT NULL;
