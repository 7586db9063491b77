package ml.modele.observation.interfaces.web.shell;

import java.time.LocalDate;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Reads a date typed as dd/mm/yyyy ({@link DateInput}). The error names the field's {@code label}
 * attribute and the value typed, and tells a wrong format from a day that does not exist.
 */
@FacesConverter("observation.date")
public class DateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        Object label = component.getAttributes().get("label");
        try {
            return DateInput.parse(value, label == null ? component.getId() : label.toString(),
                    new ScreenTexts(context.getViewRoot().getLocale()));
        } catch (DateInput.InvalidDateException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return DateInput.format(value);
    }
}
