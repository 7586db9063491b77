package ml.modele.observation.infrastructure.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.ObserverDetails;
import ml.modele.observation.infrastructure.imports.ObserverImportPlan.Action;
import ml.modele.observation.infrastructure.imports.ObserverImportPlan.PlannedRow;

/**
 * Matches the valid rows of an observer file with the stored observers and decides, row by row,
 * whether it adds an observer, updates one or changes nothing. A row matches a stored observer
 * by its code when it gives one, else by its national ID, else by one of its phone numbers unless
 * both the row and the observer have a national ID (then they differ, so the two are different people). A row
 * is rejected when one of its phone numbers or its national ID belongs to another observer, when
 * two rows match the same observer, or when its supervisor is unknown or of the wrong category.
 */
public final class ObserverMatcher {

    private final Map<String, ObserverDetails> byCode = new HashMap<>();
    private final Map<String, String> codeByNationalId = new HashMap<>();
    private final Map<String, String> codeByPhone = new HashMap<>();

    /** Creates a matcher over the stored observers. */
    public ObserverMatcher(Collection<ObserverDetails> stored) {
        for (ObserverDetails observer : stored) {
            byCode.put(observer.code(), observer);
            if (observer.nationalId() != null) {
                codeByNationalId.put(observer.nationalId(), observer.code());
            }
            observer.phones().forEach(phone -> codeByPhone.put(phone, observer.code()));
        }
    }

    /** Plans the import of a file whose rows passed {@link ObserverFileReader}. */
    public ObserverImportPlan plan(ObserverFile file) {
        List<ImportProblem> problems = new ArrayList<>(file.problems());
        Map<String, Integer> claimedBy = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (ObserverFileRow row : file.rows()) {
            List<ImportProblem> rowProblems = new ArrayList<>();
            ObserverDetails stored = match(row);
            checkOwnership(row, stored, rowProblems);
            if (stored != null) {
                Integer first = claimedBy.putIfAbsent(stored.code(), row.rowNumber());
                if (first != null) {
                    rowProblems.add(ImportProblem.of(row.rowNumber(), ObserverColumn.CODE.fileName(), stored.code(),
                            "observer.sameObserverTwice", Integer.toString(first)));
                }
            }
            if (rowProblems.isEmpty()) {
                String code = stored != null ? stored.code() : row.code();
                candidates.add(new Candidate(row, stored, row.details(stored, code)));
            }
            problems.addAll(rowProblems);
        }

        List<Candidate> accepted = checkSupervisors(candidates, problems);

        List<PlannedRow> rows = new ArrayList<>();
        for (Candidate candidate : accepted) {
            rows.add(planned(candidate));
        }
        problems.sort(Comparator.comparingInt(ImportProblem::rowNumber));
        return new ObserverImportPlan(rows, problems, file.rowCount());
    }

    private ObserverDetails match(ObserverFileRow row) {
        if (row.code() != null) {
            return byCode.get(row.code());
        }
        if (row.nationalId() != null && codeByNationalId.containsKey(row.nationalId())) {
            return byCode.get(codeByNationalId.get(row.nationalId()));
        }
        for (String phone : row.phones()) {
            ObserverDetails owner = byCode.get(codeByPhone.get(phone));
            if (owner != null && (row.nationalId() == null || owner.nationalId() == null)) {
                return owner;
            }
        }
        return null;
    }

    private void checkOwnership(ObserverFileRow row, ObserverDetails stored, List<ImportProblem> problems) {
        String ownCode = stored == null ? null : stored.code();
        for (String phone : row.phones()) {
            String owner = codeByPhone.get(phone);
            if (owner != null && !owner.equals(ownCode)) {
                problems.add(ImportProblem.of(row.rowNumber(), ObserverColumn.PHONES.fileName(), phone,
                        "observer.phone.duplicateInRegistry", owner));
            }
        }
        if (row.nationalId() != null) {
            String owner = codeByNationalId.get(row.nationalId());
            if (owner != null && !owner.equals(ownCode)) {
                problems.add(ImportProblem.of(row.rowNumber(), ObserverColumn.NATIONAL_ID.fileName(),
                        row.nationalId(), "observer.nationalId.duplicateInRegistry", owner));
            }
        }
    }

    /**
     * Rejects the rows whose supervisor is neither stored nor in an accepted row, or is not of the
     * category above theirs. Rejecting a row can orphan the rows it supervises, so the check
     * repeats until no more row falls.
     */
    private List<Candidate> checkSupervisors(List<Candidate> candidates, List<ImportProblem> problems) {
        List<Candidate> remaining = new ArrayList<>(candidates);
        boolean changed = true;
        while (changed) {
            Map<String, ObserverCategory> categories = new HashMap<>();
            byCode.forEach((code, observer) -> categories.put(code, observer.category()));
            remaining.stream().filter(c -> c.details().code() != null)
                    .forEach(c -> categories.put(c.details().code(), c.details().category()));

            Set<Candidate> rejected = new HashSet<>();
            for (Candidate candidate : remaining) {
                Optional<ImportProblem> problem = supervisorProblem(candidate, categories);
                if (problem.isPresent()) {
                    problems.add(problem.get());
                    rejected.add(candidate);
                }
            }
            changed = remaining.removeAll(rejected);
        }
        return remaining;
    }

    private static Optional<ImportProblem> supervisorProblem(Candidate candidate, Map<String, ObserverCategory> categories) {
        ObserverDetails details = candidate.details();
        String supervisor = details.supervisorCode();
        if (supervisor == null) {
            return Optional.empty();
        }
        int row = candidate.row().rowNumber();
        String column = ObserverColumn.SUPERVISOR.fileName();
        Optional<ObserverCategory> expected = details.category().supervisorCategory();
        if (expected.isEmpty()) {
            return Optional.of(ImportProblem.of(row, column, supervisor, "observer.supervisor.notExpected"));
        }
        ObserverCategory actual = categories.get(supervisor);
        if (actual == null) {
            return Optional.of(ImportProblem.of(row, column, supervisor, "observer.supervisor.unknown"));
        }
        if (actual != expected.get()) {
            return Optional.of(ImportProblem.of(row, column, supervisor, "observer.supervisor.wrongCategory",
                    "@category." + actual.name(), "@category." + expected.get().name()));
        }
        return Optional.empty();
    }

    private static PlannedRow planned(Candidate candidate) {
        int rowNumber = candidate.row().rowNumber();
        if (candidate.stored() == null) {
            return new PlannedRow(rowNumber, Action.ADD, candidate.details(), List.of());
        }
        List<String> changes = candidate.details().differencesFrom(candidate.stored());
        return new PlannedRow(rowNumber, changes.isEmpty() ? Action.UNCHANGED : Action.UPDATE, candidate.details(),
                changes);
    }

    /** Row that passed the checks so far, with the stored observer it matches, if any. */
    private record Candidate(ObserverFileRow row, ObserverDetails stored, ObserverDetails details) {
    }
}
