-- A reply whose submit_sm got no response (the link dropped or the SMSC stayed silent) is UNKNOWN.
-- It becomes SENT when a delivery receipt from its recipient shows that the SMSC took it, and is
-- queued again when no receipt came within the resend delay; resends counts those second tries.
ALTER TABLE sms_outbound
    ADD COLUMN resends INT NOT NULL DEFAULT 0,
    ADD INDEX ix_sms_outbound_unknown (status, sent_at);

-- The handset a receipt names (its source_addr, in E.164), so that a receipt that arrived before
-- an UNKNOWN reply was recorded can still resolve it.
ALTER TABLE sms_receipt
    ADD COLUMN recipient VARCHAR(16) NULL,
    ADD INDEX ix_sms_receipt_recipient (recipient, outbound_id);
