package ml.modele.observation.smpp.inbound;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${MPCONFIG=key:default}} and {@code ${ENV=NAME:default}} in activation properties,
 * so that a bean's annotation names configuration keys and never holds a password.
 *
 * <p>Payara may already have replaced the reference; then the value arrives plain and is kept.
 * MicroProfile Config is used when the adapter's class loader sees it, otherwise system
 * properties and environment variables are read the way its default sources map names.
 */
final class ConfigValues {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(MPCONFIG|ENV)=([^:}]+)(?::([^}]*))?}");

    private ConfigValues() {
    }

    /** Returns the value with every reference replaced; an unset key without default gives "". */
    static String resolve(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String source = matcher.group(1);
            String key = matcher.group(2).strip();
            String fallback = matcher.group(3) == null ? "" : matcher.group(3);
            String found = "ENV".equals(source) ? System.getenv(key) : configValue(key).orElse(null);
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(found == null ? fallback : found));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    private static Optional<String> configValue(String key) {
        try {
            return org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue(key, String.class);
        } catch (LinkageError | IllegalStateException e) {
            String property = System.getProperty(key);
            if (property != null) {
                return Optional.of(property);
            }
            return Optional.ofNullable(System.getenv(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT)));
        }
    }
}
