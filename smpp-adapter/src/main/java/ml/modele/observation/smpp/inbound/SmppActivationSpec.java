package ml.modele.observation.smpp.inbound;

import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;

import java.time.Duration;
import java.util.Locale;

import ml.modele.observation.smpp.api.SmsListener;
import ml.modele.observation.smpp.codec.Alphabet;
import ml.modele.observation.smpp.codec.CodecSettings;
import ml.modele.observation.smpp.codec.GsmPacking;

/**
 * Activation properties of a message-driven bean that receives SMS through the adapter.
 *
 * <p>Every property is a string so that it may hold {@code ${MPCONFIG=key:default}}: the bean names
 * configuration keys and the values, passwords included, come from configuration. An empty host
 * disables the bind, so the platform runs without an SMSC.
 */
@Activation(messageListeners = SmsListener.class)
public class SmppActivationSpec implements ActivationSpec {

    private ResourceAdapter resourceAdapter;
    private String host = "";
    private String port = "2775";
    private String systemId = "";
    private String password = "";
    private String systemType = "";
    private String bindType = "transceiver";
    private String addressRange = "";
    private String enquireLinkSeconds = "30";
    private String reconnectInitialMillis = "1000";
    private String reconnectMaxMillis = "60000";
    private String defaultAlphabet = "GSM7";
    private String gsmPacked = "false";
    private String parallelDeliveries = "64";
    private String deliveryBatchSize = "32";
    private String deliveryBatchMillis = "5";
    private String responseTimeoutSeconds = "30";
    private String partialTimeoutSeconds = "120";
    private String sourceAddress = "";
    private String sourceTon = "3";
    private String sourceNpi = "0";
    private String segmentsPerSecond = "50";
    private String window = "10";
    private String validityMinutes = "60";

    /** Returns the settings with configuration references resolved, checking every value. */
    public BindSettings settings() throws InvalidPropertyException {
        String resolvedHost = text(host);
        String type = text(bindType).toLowerCase(Locale.ROOT);
        if (!type.equals("transceiver") && !type.equals("receiver")) {
            throw new InvalidPropertyException("Invalid bindType '" + type + "': expected transceiver or receiver");
        }
        // SMPP 3.4 limits (section 4.1.1): C-octet strings of 16, 9 and 13 octets with the closing NUL.
        String resolvedSystemId = limited("systemId", text(systemId), 15);
        String resolvedPassword = limited("password", text(password), 8);
        String resolvedSystemType = limited("systemType", text(systemType), 12);
        Alphabet alphabet = alphabet(text(defaultAlphabet));
        int reconnectInitial = number("reconnectInitialMillis", reconnectInitialMillis, 10, 3_600_000);
        int reconnectMax = number("reconnectMaxMillis", reconnectMaxMillis, reconnectInitial, 3_600_000);
        return new BindSettings(resolvedHost, number("port", port, 1, 65535), resolvedSystemId, resolvedPassword,
                resolvedSystemType, type.equals("transceiver"), text(addressRange),
                Duration.ofSeconds(number("enquireLinkSeconds", enquireLinkSeconds, 1, 3600)),
                Duration.ofMillis(reconnectInitial), Duration.ofMillis(reconnectMax),
                new CodecSettings(alphabet, Boolean.parseBoolean(text(gsmPacked)) ? GsmPacking.PACKED : GsmPacking.UNPACKED),
                number("parallelDeliveries", parallelDeliveries, 1, 256),
                number("deliveryBatchSize", deliveryBatchSize, 1, 1000),
                Duration.ofMillis(number("deliveryBatchMillis", deliveryBatchMillis, 0, 1000)),
                Duration.ofSeconds(number("responseTimeoutSeconds", responseTimeoutSeconds, 1, 600)),
                Duration.ofSeconds(number("partialTimeoutSeconds", partialTimeoutSeconds, 1, 86_400)),
                text(sourceAddress), number("sourceTon", sourceTon, 0, 6), number("sourceNpi", sourceNpi, 0, 18),
                number("segmentsPerSecond", segmentsPerSecond, 1, 100_000), number("window", window, 1, 1000),
                Duration.ofMinutes(number("validityMinutes", validityMinutes, 0, 99 * 24 * 60)));
    }

    @Override
    public void validate() throws InvalidPropertyException {
        settings();
    }

    private static String text(String value) {
        String resolved = ConfigValues.resolve(value);
        return resolved == null ? "" : resolved.strip();
    }

    private static String limited(String name, String value, int maxLength) throws InvalidPropertyException {
        if (value.length() > maxLength) {
            // The value itself is not shown, because it may be the password.
            throw new InvalidPropertyException("Invalid " + name + ": " + value.length()
                    + " characters, but SMPP 3.4 allows at most " + maxLength);
        }
        return value;
    }

    private static int number(String name, String value, int min, int max) throws InvalidPropertyException {
        String resolved = text(value);
        try {
            int parsed = Integer.parseInt(resolved);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected range
        }
        throw new InvalidPropertyException("Invalid " + name + " '" + resolved + "': expected a whole number from "
                + min + " to " + max);
    }

    private static Alphabet alphabet(String value) throws InvalidPropertyException {
        return switch (value.toUpperCase(Locale.ROOT).replace("-", "")) {
            case "GSM7", "GSM" -> Alphabet.GSM7;
            case "LATIN1", "ISO88591" -> Alphabet.LATIN1;
            case "ASCII", "IA5" -> Alphabet.ASCII;
            default -> throw new InvalidPropertyException("Invalid defaultAlphabet '" + value
                    + "': expected GSM7, LATIN1 or ASCII (what the SMSC means by data_coding 0)");
        };
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getPort() {
        return port;
    }

    public void setPort(String port) {
        this.port = port;
    }

    public String getSystemId() {
        return systemId;
    }

    public void setSystemId(String systemId) {
        this.systemId = systemId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getSystemType() {
        return systemType;
    }

    public void setSystemType(String systemType) {
        this.systemType = systemType;
    }

    public String getBindType() {
        return bindType;
    }

    public void setBindType(String bindType) {
        this.bindType = bindType;
    }

    public String getAddressRange() {
        return addressRange;
    }

    public void setAddressRange(String addressRange) {
        this.addressRange = addressRange;
    }

    public String getEnquireLinkSeconds() {
        return enquireLinkSeconds;
    }

    public void setEnquireLinkSeconds(String enquireLinkSeconds) {
        this.enquireLinkSeconds = enquireLinkSeconds;
    }

    public String getReconnectInitialMillis() {
        return reconnectInitialMillis;
    }

    public void setReconnectInitialMillis(String reconnectInitialMillis) {
        this.reconnectInitialMillis = reconnectInitialMillis;
    }

    public String getReconnectMaxMillis() {
        return reconnectMaxMillis;
    }

    public void setReconnectMaxMillis(String reconnectMaxMillis) {
        this.reconnectMaxMillis = reconnectMaxMillis;
    }

    public String getDefaultAlphabet() {
        return defaultAlphabet;
    }

    public void setDefaultAlphabet(String defaultAlphabet) {
        this.defaultAlphabet = defaultAlphabet;
    }

    public String getGsmPacked() {
        return gsmPacked;
    }

    public void setGsmPacked(String gsmPacked) {
        this.gsmPacked = gsmPacked;
    }

    public String getParallelDeliveries() {
        return parallelDeliveries;
    }

    public void setParallelDeliveries(String parallelDeliveries) {
        this.parallelDeliveries = parallelDeliveries;
    }

    public String getDeliveryBatchSize() {
        return deliveryBatchSize;
    }

    public void setDeliveryBatchSize(String deliveryBatchSize) {
        this.deliveryBatchSize = deliveryBatchSize;
    }

    public String getDeliveryBatchMillis() {
        return deliveryBatchMillis;
    }

    public void setDeliveryBatchMillis(String deliveryBatchMillis) {
        this.deliveryBatchMillis = deliveryBatchMillis;
    }

    public String getResponseTimeoutSeconds() {
        return responseTimeoutSeconds;
    }

    public void setResponseTimeoutSeconds(String responseTimeoutSeconds) {
        this.responseTimeoutSeconds = responseTimeoutSeconds;
    }

    public String getPartialTimeoutSeconds() {
        return partialTimeoutSeconds;
    }

    public void setPartialTimeoutSeconds(String partialTimeoutSeconds) {
        this.partialTimeoutSeconds = partialTimeoutSeconds;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public void setSourceAddress(String sourceAddress) {
        this.sourceAddress = sourceAddress;
    }

    public String getSourceTon() {
        return sourceTon;
    }

    public void setSourceTon(String sourceTon) {
        this.sourceTon = sourceTon;
    }

    public String getSourceNpi() {
        return sourceNpi;
    }

    public void setSourceNpi(String sourceNpi) {
        this.sourceNpi = sourceNpi;
    }

    public String getSegmentsPerSecond() {
        return segmentsPerSecond;
    }

    public void setSegmentsPerSecond(String segmentsPerSecond) {
        this.segmentsPerSecond = segmentsPerSecond;
    }

    public String getWindow() {
        return window;
    }

    public void setWindow(String window) {
        this.window = window;
    }

    public String getValidityMinutes() {
        return validityMinutes;
    }

    public void setValidityMinutes(String validityMinutes) {
        this.validityMinutes = validityMinutes;
    }
}
