package ml.modele.observation.interfaces.web.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ml.modele.observation.interfaces.web.shell.ScreenTexts;

/**
 * Renders the filter summary that an SMS broadcast stores in English, such as "category SHORT_TERM,
 * région ML05, not accredited", in the screen's language.
 */
public final class BroadcastFilterTexts {

    /** Summary of a broadcast without a filter. */
    private static final String ALL = "all observers";
    private static final String NOT_ACCREDITED = "not accredited";
    private static final Pattern PART = Pattern.compile("(category|région|organisation|step) (\\S+)");

    private BroadcastFilterTexts() {
    }

    /** Returns the summary in the screen's language; a part it does not recognise stays as stored. */
    public static String render(String stored, ScreenTexts texts) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        if (ALL.equals(stored)) {
            return texts.get("broadcast.filter.all");
        }
        List<String> parts = new ArrayList<>();
        for (String part : stored.split(", ")) {
            parts.add(part(part, texts));
        }
        return ScreenTexts.list(parts);
    }

    private static String part(String part, ScreenTexts texts) {
        if (NOT_ACCREDITED.equals(part)) {
            return texts.get("broadcast.filter.notAccredited");
        }
        Matcher matcher = PART.matcher(part);
        if (!matcher.matches()) {
            return part;
        }
        String value = matcher.group(2);
        return switch (matcher.group(1)) {
            case "category" -> texts.get("broadcast.filter.category", texts.label("observer.category.", value));
            case "région" -> texts.get("broadcast.filter.region", value);
            case "organisation" -> texts.get("broadcast.filter.organisation", value);
            default -> texts.get("broadcast.filter.step", texts.label("broadcast.step.", value));
        };
    }
}
