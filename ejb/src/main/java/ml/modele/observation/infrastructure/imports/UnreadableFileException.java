package ml.modele.observation.infrastructure.imports;

/**
 * Thrown when a file cannot be read as a table at all, for example a legacy .xls file, a CSV file
 * that is not UTF-8 or a damaged workbook. It carries the problem to show to the user.
 */
public class UnreadableFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ImportProblem problem;

    public UnreadableFileException(ImportProblem problem, Throwable cause) {
        super(problem.messageKey() + " " + problem.details(), cause);
        this.problem = problem;
    }

    /** Returns the problem to show to the user. */
    public ImportProblem problem() {
        return problem;
    }
}
