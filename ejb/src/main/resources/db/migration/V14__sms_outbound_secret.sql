-- An outbound SMS that carries a secret, such as an observer's login PIN: the outbox sends its
-- text as stored, and the screens show it with the secret masked.
ALTER TABLE sms_outbound ADD COLUMN secret BOOLEAN NOT NULL DEFAULT FALSE;
