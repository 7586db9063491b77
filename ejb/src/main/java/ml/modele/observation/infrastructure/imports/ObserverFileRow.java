package ml.modele.observation.infrastructure.imports;

import java.util.List;

import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.ObserverDetails;
import ml.modele.observation.domain.observer.ObserverStatus;
import ml.modele.observation.domain.observer.Sex;

/**
 * Valid row of an observer file. An optional value left empty in the file is null here: the
 * stored value is kept for an observer already in the registry, and the default applies to a new one.
 *
 * @param rowNumber row as a spreadsheet shows it, where the header is row 1
 * @param phones    E.164 numbers in file order, without repeats
 */
public record ObserverFileRow(int rowNumber, String code, String lastName, String firstName, Sex sex, int birthYear,
                              String organisationCode, ObserverCategory category, String communeCode,
                              String languages, Boolean disability, String nationalId, List<String> phones,
                              ObserverStatus status, String supervisorCode) {

    public ObserverFileRow {
        phones = List.copyOf(phones);
    }

    /**
     * Returns the observer's values after this row: the row's values, and for each empty optional
     * cell the stored value, or the default when {@code stored} is null (no languages, no
     * disability, status candidat).
     *
     * @param assignedCode the code of the stored observer, or null for a new one without a code in the file
     */
    public ObserverDetails details(ObserverDetails stored, String assignedCode) {
        boolean known = stored != null;
        return new ObserverDetails(
                code != null ? code : assignedCode,
                lastName,
                firstName,
                sex,
                birthYear,
                organisationCode,
                category,
                communeCode,
                languages != null ? languages : known ? stored.languages() : "",
                disability != null ? disability : known && stored.disability(),
                nationalId != null ? nationalId : known ? stored.nationalId() : null,
                phones,
                status != null ? status : known ? stored.status() : ObserverStatus.CANDIDATE,
                supervisorCode != null ? supervisorCode : known ? stored.supervisorCode() : null);
    }
}
