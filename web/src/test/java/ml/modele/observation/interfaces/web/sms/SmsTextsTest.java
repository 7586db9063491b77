package ml.modele.observation.interfaces.web.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import ml.modele.observation.interfaces.web.shell.LocaleBean;
import ml.modele.observation.interfaces.web.shell.ScreenTexts;

class SmsTextsTest {

    private static final ScreenTexts FRENCH = new ScreenTexts(LocaleBean.FRENCH);
    private static final ScreenTexts ENGLISH = new ScreenTexts(LocaleBean.ENGLISH);

    @Test
    void broadcastFilterWithEveryPart() {
        assertEquals("catégorie OCT, région ML05, organisation AJCAD, étape « Formé », pas encore accrédités",
                BroadcastFilterTexts.render("category SHORT_TERM, région ML05, organisation AJCAD, step TRAINED,"
                        + " not accredited", FRENCH));
    }

    @Test
    void broadcastWithoutFilter() {
        assertEquals("All observers", BroadcastFilterTexts.render("all observers", ENGLISH));
    }

    @Test
    void broadcastFilterUnknownPartKept() {
        assertEquals("région ML05, language bambara",
                BroadcastFilterTexts.render("région ML05, language bambara", FRENCH));
    }

    @Test
    void bindFailureKeepsExceptionMessage() {
        assertEquals("Échec de la connexion au SMSC : Connection refused",
                SmsChannelBean.lastError("bind failed: Connection refused", FRENCH));
    }

    @Test
    void lostSessionNamesState() {
        assertEquals("SMPP session lost (state CLOSED): the platform is reconnecting.",
                SmsChannelBean.lastError("session CLOSED", ENGLISH));
        assertEquals("", SmsChannelBean.lastError("", ENGLISH));
    }
}
