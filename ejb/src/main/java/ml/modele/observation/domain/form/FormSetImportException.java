package ml.modele.observation.domain.form;

import java.util.List;

/**
 * Thrown when a form-set file cannot be read, or when a file or the designer's edited copy
 * describes an unusable form set or one that stored submissions forbid.
 */
public class FormSetImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<FormProblem> problems;

    public FormSetImportException(List<FormProblem> problems) {
        super("form set rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    /** Returns every problem found, in file order. */
    public List<FormProblem> problems() {
        return problems;
    }
}
