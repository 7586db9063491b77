package ml.modele.observation.smpp.codec;

import java.math.BigInteger;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matching of SMSC message ids between submit_sm_resp and delivery receipts.
 *
 * <p>SMPP 3.4 lets the SMSC choose the id format, and some SMSCs give the id in hex in
 * submit_sm_resp but in decimal in the receipt text. The rule, applied by {@link #keys}:
 * <ul>
 *   <li>Every id matches itself ignoring case and surrounding spaces. An empty id matches nothing.</li>
 *   <li>{@link Matching#SAME_BASE}: two ids of decimal digits also match when their decimal
 *       values are equal, and two ids of hex digits when their hex values are equal, so leading
 *       zeros and case do not matter ("00ff" matches "FF", "0255" matches "255", but "255" does
 *       not match "FF").</li>
 *   <li>{@link Matching#MIXED_BASES}, for an SMSC known to mix forms: an id of hex digits is
 *       read both as decimal (when it has only decimal digits) and as hex, and two ids match
 *       when any of their values are equal ("0000ff", "255" and "FF" all match).</li>
 * </ul>
 * MIXED_BASES can match two different ids, such as decimal "16" and hex "10", so use it only
 * for an SMSC that needs it.
 */
public final class MessageIds {

    /** How to compare the numeric forms of ids. */
    public enum Matching {
        /** Compare decimal ids with decimal ids and hex ids with hex ids. */
        SAME_BASE,
        /** Also compare the decimal reading of one id with the hex reading of the other. */
        MIXED_BASES
    }

    private static final Pattern DECIMAL = Pattern.compile("[0-9]+");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

    private MessageIds() {
    }

    /** Returns true when the two ids name the same message under the rule of this class. */
    public static boolean matches(String a, String b, Matching matching) {
        if (a == null || b == null) {
            return false;
        }
        return !Collections.disjoint(keys(a, matching), keys(b, matching));
    }

    /**
     * Returns the lookup keys of an id, as a mutable set, empty for a blank id: two ids match exactly when their key sets share a key.
     * An adapter can store a submitted message under each key and find a receipt by any of its keys.
     */
    public static Set<String> keys(String id, Matching matching) {
        String trimmed = id.strip();
        if (trimmed.isEmpty()) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>();
        keys.add("text:" + trimmed.toLowerCase(Locale.ROOT));
        boolean mixed = matching == Matching.MIXED_BASES;
        if (DECIMAL.matcher(trimmed).matches()) {
            keys.add((mixed ? "value:" : "dec:") + new BigInteger(trimmed, 10));
        }
        if (HEX.matcher(trimmed).matches()) {
            keys.add((mixed ? "value:" : "hex:") + new BigInteger(trimmed, 16));
        }
        return keys;
    }
}
