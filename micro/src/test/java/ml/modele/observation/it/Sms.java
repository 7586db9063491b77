package ml.modele.observation.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** SMS that the IT classes deliver to the platform through their {@link TestSmsc}, as observers' phones would. */
final class Sms {

    /** The platform's short code, which arquillian.xml sets as {@code observation.smpp.source-address}. */
    static final String SHORT_CODE = "36123";

    private Sms() {
    }

    /**
     * Delivers {@code text} from {@code sender} (international number without +) to the short
     * code, in GSM 7-bit.
     */
    static void deliver(TestSmsc smsc, String sender, String text) throws Exception {
        smsc.deliver(sender, 1, SHORT_CODE, 0, 0, gsm(text));
    }

    /**
     * Delivers {@code text} like {@link #deliver} and returns the id of its sms_inbound row. The
     * platform stores a message before it sends deliver_sm_resp, so the row is there on return.
     */
    static long deliverAndFindStored(TestSmsc smsc, String sender, String text) throws Exception {
        deliver(smsc, sender, text);
        try (Connection db = ItDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT id FROM sms_inbound WHERE sender = ? AND text = ?")) {
            query.setString(1, sender);
            query.setString(2, text);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "message not stored: " + text);
                return row.getLong(1);
            }
        }
    }

    /**
     * Encodes text as unpacked GSM 7-bit: @ as 0x00, é as 0x05 and other ASCII characters as
     * their ASCII code. GSM 03.38 places letters, digits, space and most punctuation at their
     * ASCII codes, but not $, _, or the characters of its extension table such as [ and {.
     */
    static byte[] gsm(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F && c != 'é') {
                throw new IllegalArgumentException("Character '" + c + "' of \"" + text + "\" has no encoding in"
                        + " this test encoder: deliver the message in UCS-2 instead");
            }
            bytes[i] = switch (c) {
                case '@' -> 0;
                case 'é' -> 5;
                default -> (byte) c;
            };
        }
        return bytes;
    }
}
