package ml.modele.observation.smpp.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * User data header at the start of the user data when esm_class has UDHI (0x40) set
 * (3GPP TS 23.040, section 9.2.3.24).
 *
 * @param length        octets the header takes, including its length octet
 * @param elements      information elements in the order sent
 * @param concatenation position from the last valid concatenation element, if any
 */
public record UserDataHeader(int length, List<InformationElement> elements, Optional<Concatenation> concatenation) {

    /** Information element identifier of concatenation with an 8-bit reference. */
    public static final int IEI_CONCAT_8BIT = 0x00;
    /** Information element identifier of concatenation with a 16-bit reference. */
    public static final int IEI_CONCAT_16BIT = 0x08;

    private static final Logger LOG = Logger.getLogger(UserDataHeader.class.getName());

    public UserDataHeader {
        elements = List.copyOf(elements);
    }

    /**
     * Parses the header at the start of {@code userData}.
     *
     * <p>Elements other than concatenation are kept but not interpreted. A concatenation
     * element whose sequence is 0 or above the total is ignored, as 3GPP TS 23.040 requires,
     * so the part is then handled as a message of its own. When concatenation appears
     * more than once, the last one counts.
     *
     * @throws MalformedUdhException when the header or an element runs past its declared
     *                               length, or a concatenation element has the wrong length
     */
    public static UserDataHeader parse(byte[] userData) {
        if (userData.length == 0) {
            throw new MalformedUdhException("UDHI is set but the user data is empty", userData);
        }
        // A header length of 0 is an empty header, accepted so the text after it is kept.
        int headerLength = userData[0] & 0xFF;
        if (1 + headerLength > userData.length) {
            throw new MalformedUdhException("header length " + headerLength + " exceeds the "
                    + (userData.length - 1) + " octets that follow it", userData);
        }
        List<InformationElement> elements = new ArrayList<>();
        Concatenation concatenation = null;
        int position = 1;
        int end = 1 + headerLength;
        while (position < end) {
            if (position + 2 > end) {
                throw new MalformedUdhException("information element at offset " + position
                        + " has no length octet", userData);
            }
            int identifier = userData[position] & 0xFF;
            int elementLength = userData[position + 1] & 0xFF;
            int dataStart = position + 2;
            if (dataStart + elementLength > end) {
                throw new MalformedUdhException(String.format(
                        "information element 0x%02X at offset %d has length %d past the header end",
                        identifier, position, elementLength), userData);
            }
            byte[] data = Arrays.copyOfRange(userData, dataStart, dataStart + elementLength);
            elements.add(new InformationElement(identifier, data));
            Concatenation parsed = parseConcatenation(identifier, data, userData);
            if (parsed != null) {
                concatenation = parsed;
            }
            position = dataStart + elementLength;
        }
        return new UserDataHeader(end, elements, Optional.ofNullable(concatenation));
    }

    private static Concatenation parseConcatenation(int identifier, byte[] data, byte[] userData) {
        int reference;
        int total;
        int sequence;
        if (identifier == IEI_CONCAT_8BIT) {
            if (data.length != 3) {
                throw new MalformedUdhException("concatenation element 0x00 has length " + data.length
                        + ", expected 3", userData);
            }
            reference = data[0] & 0xFF;
            total = data[1] & 0xFF;
            sequence = data[2] & 0xFF;
        } else if (identifier == IEI_CONCAT_16BIT) {
            if (data.length != 4) {
                throw new MalformedUdhException("concatenation element 0x08 has length " + data.length
                        + ", expected 4", userData);
            }
            reference = ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
            total = data[2] & 0xFF;
            sequence = data[3] & 0xFF;
        } else {
            return null;
        }
        if (total == 0 || sequence == 0 || sequence > total) {
            LOG.warning(() -> String.format("Ignoring concatenation element with reference %d, total %d,"
                    + " sequence %d: the sequence must be 1 to total", reference, total, sequence));
            return null;
        }
        return new Concatenation(reference, total, sequence);
    }

    /**
     * One information element of a user data header.
     *
     * @param identifier information element identifier (IEI), 0-255
     * @param data       element data, without identifier and length
     */
    public record InformationElement(int identifier, byte[] data) {

        public InformationElement {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }
}
