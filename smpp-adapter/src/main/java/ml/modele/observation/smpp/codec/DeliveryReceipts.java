package ml.modele.observation.smpp.codec;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognition and parsing of delivery receipts that arrive as deliver_sm.
 */
public final class DeliveryReceipts {

    /** Tag of the receipted_message_id TLV (SMPP 3.4, section 5.3.2.12). */
    public static final int TAG_RECEIPTED_MESSAGE_ID = 0x001E;
    /** Tag of the message_state TLV (SMPP 3.4, section 5.3.2.35). */
    public static final int TAG_MESSAGE_STATE = 0x0427;

    private static final Pattern ID = field("id", "(\\S+)");
    private static final Pattern SUBMITTED = field("sub", "(\\S*)");
    private static final Pattern DELIVERED = field("dlvrd", "(\\S*)");
    private static final Pattern SUBMIT_DATE = field("submit[ _]date", "(\\d*)");
    private static final Pattern DONE_DATE = field("done[ _]date", "(\\d*)");
    private static final Pattern STAT = field("stat", "(\\S*)");
    private static final Pattern ERR = field("err", "(\\S*)");
    private static final Pattern TEXT = field("text", "(.*)");

    private DeliveryReceipts() {
    }

    /**
     * Returns true when the esm_class message type is an SMSC delivery receipt (0x04) or an
     * intermediate delivery notification (0x20), SMPP 3.4 section 5.2.12.
     */
    public static boolean isReceipt(int esmClass) {
        int type = EsmClass.messageType(esmClass);
        return type == EsmClass.SMSC_DELIVERY_RECEIPT || type == EsmClass.INTERMEDIATE_DELIVERY_NOTIFICATION;
    }

    /** Returns true when the esm_class message type is an intermediate delivery notification (0x20). */
    public static boolean isIntermediate(int esmClass) {
        return EsmClass.messageType(esmClass) == EsmClass.INTERMEDIATE_DELIVERY_NOTIFICATION;
    }

    /**
     * Parses the text form of a receipt. Field names are matched without regard to case,
     * and "submit_date" and "done_date" are accepted as well.
     *
     * @return the receipt, or empty when the text has no id: field
     */
    public static Optional<DeliveryReceipt> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // The text: field is last and free-form, so the other fields are only sought before it.
        Matcher textField = TEXT.matcher(text);
        boolean hasText = textField.find();
        String fields = hasText ? text.substring(0, textField.start()) : text;
        String id = find(ID, fields);
        if (id == null) {
            return Optional.empty();
        }
        return Optional.of(new DeliveryReceipt(id, find(SUBMITTED, fields), find(DELIVERED, fields),
                emptyToNull(find(SUBMIT_DATE, fields)), emptyToNull(find(DONE_DATE, fields)),
                find(STAT, fields), find(ERR, fields), hasText ? textField.group(1) : null));
    }

    /**
     * Decodes the value of the receipted_message_id TLV, a C-octet string, dropping the
     * terminating NUL and anything after it.
     */
    public static String receiptedMessageId(byte[] tlvValue) {
        int end = 0;
        while (end < tlvValue.length && tlvValue[end] != 0) {
            end++;
        }
        return new String(tlvValue, 0, end, StandardCharsets.US_ASCII).strip();
    }

    private static Pattern field(String name, String value) {
        return Pattern.compile("(?:^|\\s)" + name + ":" + value, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
