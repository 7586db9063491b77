-- SMS inbox and outbox of the SMPP channel.
-- Inbound messages are stored verbatim: the decoded text and, for audit, the raw user data and
-- its data_coding. Outbound rows are written in the transaction of the message they answer and
-- sent only after that transaction committed (transactional outbox).

CREATE TABLE sms_inbound (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    channel         VARCHAR(16)   NOT NULL,
    sender          VARCHAR(32)   NOT NULL,
    sender_e164     VARCHAR(16)   NULL,
    destination     VARCHAR(32)   NOT NULL,
    text            TEXT          NULL,
    text_hash       CHAR(64)      NOT NULL,
    smsc_message_id VARCHAR(65)   NULL,
    received_at     DATETIME(3)   NOT NULL,
    stored_at       DATETIME(3)   NOT NULL,
    raw_hex         TEXT          NOT NULL,
    data_coding     SMALLINT      NOT NULL,
    partial         BOOLEAN       NOT NULL,
    parts           SMALLINT      NOT NULL,
    redeliveries    INT           NOT NULL DEFAULT 0,
    reply_decision  VARCHAR(16)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_sms_inbound_smsc_id UNIQUE (sender, smsc_message_id),
    INDEX ix_sms_inbound_dedupe (sender, text_hash, received_at),
    INDEX ix_sms_inbound_received (received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sms_outbound (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    recipient       VARCHAR(16)   NOT NULL,
    text            VARCHAR(2000) NOT NULL,
    in_reply_to     BIGINT        NULL,
    status          VARCHAR(16)   NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    sent_at         DATETIME(3)   NULL,
    segments        SMALLINT      NULL,
    smsc_message_id VARCHAR(65)   NULL,
    delivery_state  VARCHAR(16)   NULL,
    delivery_error  VARCHAR(16)   NULL,
    delivered_at    DATETIME(3)   NULL,
    last_error      VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_sms_outbound_reply UNIQUE (in_reply_to),
    CONSTRAINT fk_sms_outbound_inbound FOREIGN KEY (in_reply_to) REFERENCES sms_inbound (id),
    INDEX ix_sms_outbound_status (status, id),
    INDEX ix_sms_outbound_recipient (recipient, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each SMSC message id of a sent message under its lookup keys (hex and decimal forms), so that a
-- receipt that writes the id differently still finds the message.
CREATE TABLE sms_outbound_id_key (
    outbound_id BIGINT      NOT NULL,
    id_key      VARCHAR(80) NOT NULL,
    PRIMARY KEY (id_key, outbound_id),
    CONSTRAINT fk_sms_outbound_id_key FOREIGN KEY (outbound_id) REFERENCES sms_outbound (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Delivery receipts as received. A receipt that arrives before the submit_sm_resp of its message
-- stays unmatched until that response is stored.
CREATE TABLE sms_receipt (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    smsc_message_id VARCHAR(65)   NOT NULL,
    id_keys         VARCHAR(300)  NOT NULL,
    state           VARCHAR(16)   NULL,
    error_code      VARCHAR(16)   NULL,
    intermediate    BOOLEAN       NOT NULL,
    received_at     DATETIME(3)   NOT NULL,
    raw_text        VARCHAR(1000) NOT NULL,
    outbound_id     BIGINT        NULL,
    PRIMARY KEY (id),
    INDEX ix_sms_receipt_unmatched (outbound_id, smsc_message_id),
    CONSTRAINT fk_sms_receipt_outbound FOREIGN KEY (outbound_id) REFERENCES sms_outbound (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
