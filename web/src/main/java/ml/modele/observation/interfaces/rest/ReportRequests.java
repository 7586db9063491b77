package ml.modele.observation.interfaces.rest;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ml.modele.observation.application.UserInputException;
import ml.modele.observation.interfaces.web.shell.Messages;

/** Language, dates and error responses shared by the resources of the watch reports. */
final class ReportRequests {

    private ReportRequests() {
    }

    /** Returns English when {@code lang} or else Accept-Language requests it, French otherwise. */
    static Locale locale(String lang, String acceptLanguage) {
        String chosen = lang != null && !lang.isBlank() ? lang : acceptLanguage;
        return chosen != null && chosen.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** Reads an ISO date (2023-06-05); a missing one is null, a malformed one is rejected with its value. */
    static LocalDate date(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException("periodicReport.error.date", parameter, value.strip());
        }
    }

    /** Runs the action and returns 422 with the message in the locale when the user can correct the request. */
    static Response handle(Locale locale, Supplier<Response> action) {
        try {
            return action.get();
        } catch (UserInputException e) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            String message = new MessageFormat(bundle.getString(e.messageKey()), locale).format(e.arguments());
            return Response.status(422).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("key", e.messageKey(), "message", message)).build();
        }
    }
}
