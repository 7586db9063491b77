package ml.modele.observation.smpp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryReceiptsTest {

    private static final String STANDARD = "id:0000ff sub:001 dlvrd:001 submit date:2607260812 "
            + "done date:2607260813 stat:DELIVRD err:000 text:Merci, rapport recu";

    @Test
    void isReceiptForSmscReceipt() {
        assertTrue(DeliveryReceipts.isReceipt(0x04));
        assertFalse(DeliveryReceipts.isIntermediate(0x04));
    }

    @Test
    void isReceiptForIntermediateNotification() {
        assertTrue(DeliveryReceipts.isReceipt(0x20));
        assertTrue(DeliveryReceipts.isIntermediate(0x20));
    }

    @Test
    void isReceiptIgnoresOtherBits() {
        assertTrue(DeliveryReceipts.isReceipt(0x04 | EsmClass.UDHI));
        assertFalse(DeliveryReceipts.isReceipt(0x00));
        assertFalse(DeliveryReceipts.isReceipt(EsmClass.UDHI));
        assertFalse(DeliveryReceipts.isReceipt(EsmClass.SME_DELIVERY_ACK));
        assertFalse(DeliveryReceipts.isReceipt(EsmClass.SME_MANUAL_ACK));
    }

    @Test
    void parseReadsStandardFields() {
        DeliveryReceipt receipt = DeliveryReceipts.parse(STANDARD).orElseThrow();
        assertEquals("0000ff", receipt.id());
        assertEquals("001", receipt.submitted());
        assertEquals("001", receipt.delivered());
        assertEquals("2607260812", receipt.submitDate());
        assertEquals("2607260813", receipt.doneDate());
        assertEquals("DELIVRD", receipt.stat());
        assertEquals("000", receipt.err());
        assertEquals("Merci, rapport recu", receipt.text());
        assertTrue(receipt.isDelivered());
        assertEquals(Optional.of(LocalDateTime.of(2026, 7, 26, 8, 12)), receipt.submitDateTime());
        assertEquals(Optional.of(LocalDateTime.of(2026, 7, 26, 8, 13)), receipt.doneDateTime());
    }

    @Test
    void parseAcceptsVariants() {
        String text = "id:12345 sub:1 dlvrd:0 submit_date:260726081205 done_date:260726091205 "
                + "stat:UNDELIV err:069 Text:";
        DeliveryReceipt receipt = DeliveryReceipts.parse(text).orElseThrow();
        assertEquals("12345", receipt.id());
        assertEquals("UNDELIV", receipt.stat());
        assertEquals("069", receipt.err());
        assertEquals("", receipt.text());
        assertFalse(receipt.isDelivered());
        assertEquals(Optional.of(LocalDateTime.of(2026, 7, 26, 8, 12, 5)), receipt.submitDateTime());
    }

    @Test
    void parseKeepsMissingFieldsNull() {
        DeliveryReceipt receipt = DeliveryReceipts.parse("id:AB12 stat:EXPIRED").orElseThrow();
        assertEquals("AB12", receipt.id());
        assertEquals("EXPIRED", receipt.stat());
        assertEquals(null, receipt.submitted());
        assertEquals(null, receipt.text());
        assertEquals(Optional.empty(), receipt.doneDateTime());
    }

    @Test
    void parseWithoutIdIsEmpty() {
        assertEquals(Optional.empty(), DeliveryReceipts.parse("Bonjour, bureau 12 ouvert"));
        assertEquals(Optional.empty(), DeliveryReceipts.parse(null));
    }

    @Test
    void parseDoesNotTakeIdFromText() {
        DeliveryReceipt receipt = DeliveryReceipts.parse("id:7 stat:DELIVRD text:sid:99").orElseThrow();
        assertEquals("7", receipt.id());
    }

    @Test
    void parseIgnoresFieldNamesInsideText() {
        DeliveryReceipt receipt = DeliveryReceipts.parse("id:7 text:voir stat:FAUX err:1").orElseThrow();
        assertEquals(null, receipt.stat());
        assertEquals(null, receipt.err());
        assertEquals("voir stat:FAUX err:1", receipt.text());
    }

    @Test
    void receiptedMessageIdDropsTerminator() {
        assertEquals("0000FF", DeliveryReceipts.receiptedMessageId(new byte[] {'0', '0', '0', '0', 'F', 'F', 0}));
        assertEquals("42", DeliveryReceipts.receiptedMessageId(new byte[] {'4', '2'}));
    }

    @Test
    void idsMatchAcrossHexAndDecimalWhenMixed() {
        MessageIds.Matching mixed = MessageIds.Matching.MIXED_BASES;
        assertTrue(MessageIds.matches("0000ff", "255", mixed));
        assertTrue(MessageIds.matches("255", "FF", mixed));
        assertTrue(MessageIds.matches("0000ff", "FF", mixed));
        assertTrue(MessageIds.matches("00255", "255", mixed));
        assertFalse(MessageIds.matches("0000fe", "255", mixed));
    }

    @Test
    void idsMatchWithinOneBaseByDefault() {
        MessageIds.Matching sameBase = MessageIds.Matching.SAME_BASE;
        assertTrue(MessageIds.matches("0000ff", "FF", sameBase));
        assertTrue(MessageIds.matches("0255", "255", sameBase));
        assertTrue(MessageIds.matches(" abc-1 ", "ABC-1", sameBase));
        assertFalse(MessageIds.matches("255", "FF", sameBase));
        assertFalse(MessageIds.matches("16", "10", sameBase));
        assertFalse(MessageIds.matches("abc-1", "abc-2", sameBase));
        assertFalse(MessageIds.matches(null, "1", sameBase));
        assertFalse(MessageIds.matches("", " ", sameBase));
    }

    @Test
    void idsMixedBasesCanCollide() {
        // The documented cost of MIXED_BASES: decimal 16 equals hex 10.
        assertTrue(MessageIds.matches("16", "10", MessageIds.Matching.MIXED_BASES));
    }

    @Test
    void idKeysAreSharedByMatchingIds() {
        MessageIds.Matching mixed = MessageIds.Matching.MIXED_BASES;
        assertTrue(MessageIds.keys("255", mixed).contains("value:255"));
        assertTrue(MessageIds.keys("0000FF", mixed).contains("value:255"));
    }
}
