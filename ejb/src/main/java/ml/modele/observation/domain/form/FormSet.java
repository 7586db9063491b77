package ml.modele.observation.domain.form;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Forms of one election, exported and imported together so that a mission can copy them to the
 * next election.
 *
 * @param name  name shown to the designer, e.g. "Référendum 2026"
 * @param forms forms in card order
 */
public record FormSet(String name, List<FormDefinition> forms) implements Serializable {

    public FormSet {
        Objects.requireNonNull(name, "name");
        forms = List.copyOf(forms);
    }

    /** Returns the form with this code, if any; the first one when codes repeat. */
    public Optional<FormDefinition> form(String formCode) {
        for (FormDefinition form : forms) {
            if (form.code().equals(formCode)) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }
}
