package ml.modele.observation.interfaces.rest;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ml.modele.observation.application.UserInputException;
import ml.modele.observation.interfaces.web.shell.Messages;

/** Language and 422 responses of the REST resources that report requests a user can correct. */
final class UserInputResponses {

    private UserInputResponses() {
    }

    /** Returns English when {@code lang}, or else Accept-Language, starts with "en"; French otherwise. */
    static Locale locale(String lang, String acceptLanguage) {
        String chosen = lang != null && !lang.isBlank() ? lang : acceptLanguage;
        return chosen != null && chosen.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** Returns 422 with the message key and the message in the locale's language. */
    static Response unprocessable(UserInputException e, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        String message = new MessageFormat(bundle.getString(e.messageKey()), locale).format(e.arguments());
        return Response.status(422).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("key", e.messageKey(), "message", message)).build();
    }
}
