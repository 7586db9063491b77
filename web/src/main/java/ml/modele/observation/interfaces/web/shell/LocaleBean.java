package ml.modele.observation.interfaces.web.shell;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The language of the session's screens: French by default, English on request. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale FRENCH = Locale.FRANCE;
    public static final Locale ENGLISH = Locale.UK;

    private Locale locale = FRENCH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /**
     * Switches the session's language and reloads the current page, so that everything on
     * it, the menu built for the view included, is rendered again in the new language.
     */
    public String switchTo(String language) {
        locale = "en".equals(language) ? ENGLISH : FRENCH;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
