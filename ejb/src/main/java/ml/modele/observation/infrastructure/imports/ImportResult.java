package ml.modele.observation.infrastructure.imports;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Outcome of validating a whole file: either the parsed value, or the problems that reject the
 * file. A rejected file yields no value, so the caller cannot apply part of it.
 *
 * @param <T> type of the parsed value
 */
public final class ImportResult<T> {

    private static final Comparator<ImportProblem> FILE_ORDER =
            Comparator.comparingInt(ImportProblem::rowNumber);

    private final T value;
    private final List<ImportProblem> problems;

    private ImportResult(T value, List<ImportProblem> problems) {
        this.value = value;
        this.problems = problems;
    }

    /** Creates the result of a valid file. */
    public static <T> ImportResult<T> accepted(T value) {
        return new ImportResult<>(Objects.requireNonNull(value, "value"), List.of());
    }

    /** Creates the result of a rejected file. The problems are sorted by row, keeping their order within a row. */
    public static <T> ImportResult<T> rejected(List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A rejected file needs at least one problem");
        }
        return new ImportResult<>(null, problems.stream().sorted(FILE_ORDER).toList());
    }

    /** Checks whether the file passed validation. */
    public boolean isAccepted() {
        return value != null;
    }

    /**
     * Returns the parsed value.
     *
     * @throws IllegalStateException if the file was rejected
     */
    public T value() {
        if (value == null) {
            throw new IllegalStateException("The file was rejected with " + problems.size() + " problems");
        }
        return value;
    }

    /** Returns the problems sorted by row, empty for an accepted file. */
    public List<ImportProblem> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return isAccepted() ? "accepted " + value : "rejected " + problems;
    }
}
