-- Property alerts leave as emails: the List-Unsubscribe headers (RFC 8058) an automatic email carries,
-- and the email each alert became.
ALTER TABLE email_messages ADD COLUMN list_unsubscribe TEXT NULL;
ALTER TABLE property_alerts ADD COLUMN email_id BIGINT NULL;
