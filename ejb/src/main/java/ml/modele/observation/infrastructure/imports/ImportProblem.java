package ml.modele.observation.infrastructure.imports;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Problem found in an imported file. {@link ImportMessages} turns it into a sentence for the user.
 *
 * @param rowNumber  row as a spreadsheet shows it (header = 1), or 0 for a problem with the whole file
 * @param column     column name as the file or the documented layout writes it, or "" for none
 * @param value      cell value as read, or "" for none
 * @param messageKey key in the {@code imports} resource bundle
 * @param details    further message arguments, such as the row of a first occurrence
 */
public record ImportProblem(int rowNumber, String column, String value, String messageKey, List<String> details)
        implements Serializable {

    public ImportProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(messageKey, "messageKey");
        details = List.copyOf(details);
    }

    /** Creates a problem with a cell of one row. */
    public static ImportProblem of(int rowNumber, String column, String value, String messageKey,
                                   String... details) {
        return new ImportProblem(rowNumber, column, value, messageKey, List.of(details));
    }

    /** Creates a problem with the whole file. */
    public static ImportProblem ofFile(String messageKey, String... details) {
        return new ImportProblem(0, "", "", messageKey, List.of(details));
    }

    /**
     * Returns this problem with the uploaded file's name as its value, so that its message can
     * name the file. Only a problem with the whole file and no value yet changes.
     */
    public ImportProblem withFileName(String fileName) {
        if (rowNumber != 0 || !value.isEmpty() || fileName == null) {
            return this;
        }
        return new ImportProblem(rowNumber, column, fileName, messageKey, details);
    }
}
