-- A published communiqué keeps its text, figures and workflow fields: once its status is
-- PUBLISHED, the database rejects any update or delete of its row, as it does for its PDFs.

DELIMITER $$

CREATE TRIGGER communique_published_no_update BEFORE UPDATE ON communique FOR EACH ROW
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published communique cannot be changed';
    END IF;
END$$

CREATE TRIGGER communique_published_no_delete BEFORE DELETE ON communique FOR EACH ROW
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published communique cannot be deleted';
    END IF;
END$$

DELIMITER ;
