package ml.modele.observation.interfaces.web.shell;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Reads a whole number typed the way the screens print it: digits grouped by spaces, by the
 * no-break spaces of French formatting or by dots ({@code 1 047 815}). The error names the
 * field's {@code label} attribute and the value typed.
 */
@FacesConverter("observation.wholeNumber")
public class WholeNumberConverter implements Converter<Long> {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F.]");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = SEPARATORS.matcher(value.trim()).replaceAll("");
        if (!DIGITS.matcher(digits).matches()) {
            Locale locale = context.getViewRoot().getLocale();
            String pattern = ResourceBundle.getBundle(Messages.BUNDLE, locale).getString("input.wholeNumber.invalid");
            Object label = component.getAttributes().get("label");
            String message = new MessageFormat(pattern, locale).format(new Object[] {
                label == null ? component.getId() : label, value.trim()});
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
        return Long.valueOf(digits);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
