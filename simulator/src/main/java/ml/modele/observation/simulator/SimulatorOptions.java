package ml.modele.observation.simulator;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings of one simulated election day, read from {@code --name value} command-line options.
 *
 * @param platform            base URL of the application, e.g. {@code http://127.0.0.1:8080/observation}
 * @param adminUser           platform account used for the set-up and the checks (administrator role)
 * @param adminPassword       its password
 * @param smscPort            port of the simulated SMSC on 127.0.0.1; 0 takes a free port
 * @param systemId            system_id that the platform must bind with
 * @param smppPassword        password that the platform must bind with
 * @param shortCode           number that observers text
 * @param seed                seed of the true results, the typing errors and the timing
 * @param observers           short-term observers (OCT) who text, at most the roster's 3,000
 * @param daySeconds          wall-clock seconds that the election day (06:00 to 22:00) lasts; 0 uses {@code rate}
 * @param rate                messages per second when {@code daySeconds} is 0
 * @param window              deliver_sm waiting for their deliver_sm_resp at most (parallel senders)
 * @param sampleSize          stations of the PVT sample drawn when the election has none
 * @param typoShare           share of messages sent with a typing error, 0 to 1
 * @param silentShare         share of observers who never text, 0 to 1
 * @param redeliveryShare     share of messages that the SMSC delivers a second time, 0 to 1
 * @param bindTimeoutSeconds  time to wait for the platform's bind
 * @param replyTimeoutSeconds time to wait, after the last message, for the replies and the stored counts
 * @param bareMessages        messages for the bare jSMPP receiver's rate, 0 to skip it
 * @param expectIntake        true when the platform parses SMS into submissions, so that every reply
 *                            must be the one that the SMS grammar gives
 */
public record SimulatorOptions(URI platform, String adminUser, String adminPassword, int smscPort, String systemId,
        String smppPassword, String shortCode, long seed, int observers, double daySeconds, double rate, int window,
        int sampleSize, double typoShare, double silentShare, double redeliveryShare,
        int bindTimeoutSeconds, int replyTimeoutSeconds, int bareMessages, boolean expectIntake) {

    /** Option names with their default values; an empty default means the option is required. */
    private static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("platform", "http://127.0.0.1:8080/observation");
        defaults.put("admin-user", "admin");
        defaults.put("admin-password", "");
        defaults.put("smsc-port", "2775");
        defaults.put("system-id", "observation");
        defaults.put("smpp-password", "sim2023");
        defaults.put("short-code", "36123");
        defaults.put("seed", "2023");
        defaults.put("observers", "3000");
        defaults.put("day-seconds", "180");
        defaults.put("rate", "0");
        defaults.put("window", "8");
        defaults.put("sample-size", "1000");
        defaults.put("typo-share", "0.08");
        defaults.put("silent-share", "0.03");
        defaults.put("redelivery-share", "0.01");
        defaults.put("bind-timeout-seconds", "300");
        defaults.put("reply-timeout-seconds", "120");
        defaults.put("bare-messages", "20000");
        defaults.put("expect-intake", "true");
        return defaults;
    }

    /**
     * Reads the options; the admin password may also come from the environment variable
     * {@code OBSERVATION_ADMIN_PASSWORD}.
     *
     * @throws IllegalArgumentException naming the option, when one is unknown, missing or invalid
     */
    public static SimulatorOptions parse(List<String> arguments) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        String environmentPassword = System.getenv("OBSERVATION_ADMIN_PASSWORD");
        if (environmentPassword != null) {
            values.put("admin-password", environmentPassword);
        }
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String name = argument.startsWith("--") ? argument.substring(2) : "";
            if (!DEFAULTS.containsKey(name)) {
                throw new IllegalArgumentException("Unknown option " + argument + "; run with --help for the list");
            }
            if (i + 1 >= arguments.size()) {
                throw new IllegalArgumentException("Option " + argument + " needs a value");
            }
            values.put(name, arguments.get(++i));
        }
        if (values.get("admin-password").isEmpty()) {
            throw new IllegalArgumentException("Missing --admin-password (or OBSERVATION_ADMIN_PASSWORD):"
                    + " the password of the platform's administrator account");
        }
        String platform = values.get("platform");
        return new SimulatorOptions(URI.create(platform.endsWith("/") ? platform : platform + "/"),
                values.get("admin-user"), values.get("admin-password"),
                integer(values, "smsc-port", 0, 65_535), values.get("system-id"), values.get("smpp-password"),
                values.get("short-code"), Long.parseLong(values.get("seed")),
                integer(values, "observers", 1, 3_000), decimal(values, "day-seconds", 0, 86_400),
                decimal(values, "rate", 0, 100_000), integer(values, "window", 1, 256),
                integer(values, "sample-size", 10, 20_000), decimal(values, "typo-share", 0, 1),
                decimal(values, "silent-share", 0, 1), decimal(values, "redelivery-share", 0, 1),
                integer(values, "bind-timeout-seconds", 1, 3_600),
                integer(values, "reply-timeout-seconds", 1, 3_600), integer(values, "bare-messages", 0, 1_000_000),
                Boolean.parseBoolean(values.get("expect-intake")));
    }

    /** Returns the help text: every option with its default. */
    public static String help() {
        StringBuilder help = new StringBuilder("Options (--name value), with their defaults:\n");
        DEFAULTS.forEach((name, value) -> help.append("  --").append(name).append(' ')
                .append(value.isEmpty() ? "(required)" : value).append('\n'));
        help.append("--day-seconds is the wall-clock length of the day from 06:00 to 22:00;"
                + " set it to 0 and --rate to send at a fixed number of messages per second.\n");
        return help.toString();
    }

    private static int integer(Map<String, String> values, String name, int min, int max) {
        try {
            int value = Integer.parseInt(values.get(name).strip());
            if (value < min || value > max) {
                throw new IllegalArgumentException("Option --" + name + " is " + value + "; use " + min + " to " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option --" + name + " is not a whole number: " + values.get(name), e);
        }
    }

    private static double decimal(Map<String, String> values, String name, double min, double max) {
        try {
            double value = Double.parseDouble(values.get(name).strip());
            if (value < min || value > max) {
                throw new IllegalArgumentException("Option --" + name + " is " + value + "; use " + min + " to " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option --" + name + " is not a number: " + values.get(name), e);
        }
    }
}
