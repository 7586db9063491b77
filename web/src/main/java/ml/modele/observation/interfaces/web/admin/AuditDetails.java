package ml.modele.observation.interfaces.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ml.modele.observation.interfaces.web.shell.ScreenTexts;
import ml.modele.observation.interfaces.web.sms.BroadcastFilterTexts;
import ml.modele.observation.interfaces.web.verification.VerificationTexts;

/**
 * Renders the details of an audit-trail entry in the screen's language. The services store the
 * details as short English text, in one format per action (for example "roles [EVA_DATA_MANAGER]
 * -> [ANALYST], region null -> null"); the stored rows are never rewritten. This renderer
 * recognises each format and builds a sentence from the bundles. Details in a format that it does
 * not recognise, such as those of an older release, are shown as stored.
 *
 * <p>NOTE: a change to the details that a service writes needs the matching change here, or the
 * audit screen shows the new details verbatim, in English.
 */
public final class AuditDetails {

    private static final Pattern USER_CREATED = Pattern.compile("(first start, )?roles=\\[(.*)\\]( region=(\\S*))?");
    private static final Pattern ROLES_CHANGED = Pattern.compile(
            "roles \\[(.*)\\] -> \\[(.*)\\], region (\\S*) -> (\\S*)");
    private static final Pattern LOCKED_UNTIL = Pattern.compile("locked until (\\S+)");
    private static final Pattern IMPORT_APPLIED = Pattern.compile("(stations|administrative units) from (.*):"
            + " (\\d+) added, (\\d+) changed, (\\d+) unchanged, (\\d+) retired");
    private static final Pattern MAP_VERSION_CREATED = Pattern.compile(
            "(.*): \\{(.*)\\}, (\\d+) stations carried over from version (\\S+)");
    private static final Pattern LEVEL_COUNT = Pattern.compile("(\\w+)=(\\d+)");
    private static final Pattern UNIT_CHANGED = Pattern.compile("name (.*) -> (.*), valid from (\\S+) -> (\\S+)");
    private static final Pattern STATION_BACK = Pattern.compile("back in (.*)");
    private static final Pattern STATIONS_RETIRED = Pattern.compile("(\\d+) stations missing from (.*?): (.*)");
    private static final Pattern STATUS_CHANGE = Pattern.compile("(\\w+) -> (\\w+)");
    private static final Pattern DEMO_ELECTION = Pattern.compile("demonstration election on map version (\\S+)");
    private static final Pattern ELECTION = Pattern.compile("(.*), (\\w+), (\\S+), map version (\\S+),"
            + " (\\d+) options, (\\d+) phases(?:, status (\\w+) -> (\\w+))?");
    private static final Pattern OBSERVERS_IMPORTED = Pattern.compile("(\\d+) rows: (\\d+) added, (\\d+) updated,"
            + " (\\d+) unchanged, (\\d+) rejected(?:; updated: (.*))?");
    private static final Pattern PHONE_VERIFIED = Pattern.compile("phone (\\S+) verified (true|false)");
    private static final Pattern DEPLOYED = Pattern.compile(
            "election (\\d+), (.*?)(?:, sampled station, home (\\w+))?");
    private static final Pattern REPLACED = Pattern.compile("election (\\d+), (.*), replaced by (\\S+)");
    private static final Pattern WITHDRAWN = Pattern.compile("election (\\d+), (.*) withdrawn");
    private static final Pattern PLACE = Pattern.compile("(\\w+) (\\S+)");
    private static final Pattern TRAINING_SESSION = Pattern.compile("election (\\d+), (\\w+), (.*)");
    private static final Pattern ACCREDITATION_STEP = Pattern.compile("election (\\d+), (\\w+), (.*)",
            Pattern.DOTALL);
    private static final Pattern STEP_SESSION = Pattern.compile("session (\\d+) \\((.*)\\)");
    private static final Pattern STEP_BADGE = Pattern.compile("badge (.*)");
    private static final Pattern STEP_REFUSED = Pattern.compile("refused: (.*)", Pattern.DOTALL);
    private static final Pattern BROADCAST = Pattern.compile("election (\\d+), (.*), (\\d+) recipients"
            + " \\((\\d+) unverified numbers\\), (\\d+) without a number, (\\d+) segments each");
    private static final Pattern SAMPLE_DRAWN = Pattern.compile("(\\d+) stations( \\(computed\\))?, (\\d+) strata,"
            + " (\\w+), (\\w+), reserve (\\d+) per stratum, seed (\\S+), seal (\\S+)");
    private static final Pattern SAMPLE_SEALED = Pattern.compile("seal (\\S+), seed (\\S+), (\\d+) stations");
    private static final Pattern SAMPLE_STATION_REPLACED = Pattern.compile(
            "(\\S+) -> (\\S+) \\((.*)\\), seal (\\S+) -> (\\S+)", Pattern.DOTALL);
    private static final Pattern FORM_SET_IMPORTED = Pattern.compile("(.*), (\\d+) forms");
    private static final Pattern VERIFICATION = Pattern.compile("(\\w+) (\\S+) of observer (\\S+)"
            + "(?: at station (\\S+))?(?:, question ([^,]+))?(?:, values (.*?))?(?:, reason: (.*))?", Pattern.DOTALL);
    private static final Pattern DEADLINE = Pattern.compile("form (\\S+) due (\\S+)");
    private static final Pattern OFFICIAL_RESULT = Pattern.compile(
            "(\\S+): registered=(\\d+) voters=(\\d+) null=(\\d+) valid=(\\d+) options=\\[(.*)\\]");
    private static final Pattern COMMUNIQUE = Pattern.compile("(\\w+) v(\\d+) of election (\\d+)(?:: (.*))?",
            Pattern.DOTALL);
    private static final Pattern COMMUNIQUE_DATA = Pattern.compile(
            "(?:corrects version (\\d+), )?(?:data (\\S+)|week (\\S+) to (\\S+), data of (\\S+))");
    private static final Pattern COMMUNIQUE_AUTHOR = Pattern.compile("author (.*)");
    private static final Pattern COMMUNIQUE_CONTENT = Pattern.compile("content (\\S+)(?:, embargo until (\\S+))?");
    private static final Pattern REPORT_FILED = Pattern.compile(
            "observer (\\S+), period (\\S+) to (\\S+), themes (.*), files (\\d+)");
    private static final Pattern REPORT_REVISED = Pattern.compile("version (\\d+), themes (.*), files (\\d+)");
    private static final Pattern WEEKLY_NOTE = Pattern.compile("period (\\S+) to (\\S+), (\\d+) characters");
    private static final Pattern PIN_SENT = Pattern.compile("PIN sent to (.*)");
    private static final Pattern OBSERVER_LOGIN = Pattern.compile("web form login with PIN (\\d+)");
    private static final Pattern PIN_EXHAUSTED = Pattern.compile("PIN (\\d+) has no tries left");
    private static final Pattern WRONG_PIN = Pattern.compile("wrong PIN, (\\d+) tries left on PIN (\\d+)");
    private static final Pattern PHOTO_UPLOADED = Pattern.compile(
            "result-sheet photo of submission (\\d+) at station (\\S*), sha256 (\\S+)");

    private final ScreenTexts texts;

    private AuditDetails(ScreenTexts texts) {
        this.texts = texts;
    }

    /**
     * Returns the details of an entry in the screen's language, or as stored when their format is
     * not one that the action's service writes.
     *
     * @param action  the entry's action, the name of an {@code AuditAction}
     * @param details the stored details, possibly null
     */
    public static String render(String action, String details, ScreenTexts texts) {
        if (details == null || details.isEmpty()) {
            return "";
        }
        return new AuditDetails(texts).rendered(action, details).orElse(details);
    }

    /** Returns the label of an entry's target type, or the type itself when the bundle lacks it. */
    public static String target(String targetType, ScreenTexts texts) {
        return texts.label("audit.target.", targetType);
    }

    private Optional<String> rendered(String action, String details) {
        return switch (action) {
            case "USER_CREATED" -> userCreated(details);
            case "USER_ROLES_CHANGED" -> rolesChanged(details);
            case "USER_RENAMED" -> Optional.of(texts.get("audit.details.USER_RENAMED", details));
            case "USER_LOCKED_OUT" -> match(LOCKED_UNTIL, details)
                    .map(m -> texts.get("audit.details.USER_LOCKED_OUT", texts.dateTime(m.group(1))));
            case "IMPORT_APPLIED" -> importApplied(details);
            case "MAP_VERSION_CREATED" -> mapVersionCreated(details);
            case "MAP_UNIT_CHANGED" -> unitChanged(details);
            case "STATION_CHANGED" -> stationChanged(details);
            case "STATION_RETIRED" -> match(STATIONS_RETIRED, details).map(m -> texts.get(
                    "audit.details.STATION_RETIRED", number(m.group(1)), m.group(2), m.group(3)));
            case "STATION_SECURITY_CHANGED" -> statusChange(details, "security.");
            case "ELECTION_CREATED", "ELECTION_CHANGED" -> election(details);
            case "OBSERVERS_IMPORTED" -> observersImported(details);
            case "OBSERVER_CHANGED" -> match(PHONE_VERIFIED, details).map(m -> texts.get(
                    Boolean.parseBoolean(m.group(2)) ? "observer.history.phoneVerified"
                            : "observer.history.phoneUnverified", m.group(1)));
            case "OBSERVER_DEPLOYED" -> deployed(details);
            case "OBSERVER_REPLACED" -> match(REPLACED, details).map(m -> texts.get(
                    "audit.details.OBSERVER_REPLACED", m.group(1), place(m.group(2)), m.group(3)));
            case "DEPLOYMENT_ENDED" -> match(WITHDRAWN, details).map(m -> texts.get(
                    "audit.details.DEPLOYMENT_ENDED", m.group(1), place(m.group(2))));
            case "TRAINING_SESSION_CREATED" -> match(TRAINING_SESSION, details).map(m -> texts.get(
                    "audit.details.TRAINING_SESSION_CREATED", m.group(1),
                    texts.label("accreditation.session.level.", m.group(2)), trainingSession(m.group(3))));
            case "ACCREDITATION_STEP" -> accreditationStep(details);
            case "SMS_BROADCAST_QUEUED" -> match(BROADCAST, details).map(m -> texts.get(
                    "audit.details.SMS_BROADCAST_QUEUED", m.group(1), BroadcastFilterTexts.render(m.group(2), texts),
                    number(m.group(3)), number(m.group(4)), number(m.group(5)), number(m.group(6))));
            case "PVT_SAMPLE_DRAWN" -> sampleDrawn(details);
            case "PVT_SAMPLE_SEALED" -> match(SAMPLE_SEALED, details).map(m -> texts.get(
                    "audit.details.PVT_SAMPLE_SEALED", m.group(1), m.group(2), number(m.group(3))));
            case "PVT_SAMPLE_STATION_REPLACED" -> match(SAMPLE_STATION_REPLACED, details).map(m -> texts.parts(List.of(
                    texts.get("audit.details.PVT_SAMPLE_STATION_REPLACED", m.group(1), m.group(2), m.group(3)),
                    change("audit.field.seal", m.group(4), m.group(5)))));
            case "FORM_SET_IMPORTED" -> match(FORM_SET_IMPORTED, details).map(m -> texts.get(
                    "audit.details.FORM_SET_IMPORTED", m.group(1), number(m.group(2))));
            case "FORM_SET_EDITED", "RESULTS_FORM_OPTIONS_UPDATED" -> Optional.of(FormSetChangeTexts.render(details,
                    texts));
            case "VERIFICATION_ACCEPTED", "VERIFICATION_CORRECTED", "VERIFICATION_REJECTED" -> verification(details);
            case "REPORT_DEADLINE_SET" -> match(DEADLINE, details).map(m -> texts.get(
                    "audit.details.REPORT_DEADLINE_SET", m.group(1), texts.dateTime(m.group(2))));
            case "OFFICIAL_RESULT_ENTERED" -> officialResult(details);
            case "INCIDENT_STATUS_CHANGED" -> statusChange(details, "incident.status.");
            case "COMMUNIQUE_DRAFTED", "COMMUNIQUE_NARRATIVE_EDITED", "COMMUNIQUE_APPROVED",
                 "COMMUNIQUE_EMBARGO_SET", "COMMUNIQUE_PUBLISHED" -> communique(action, details);
            case "PERIODIC_REPORT_FILED" -> match(REPORT_FILED, details).map(m -> texts.get(
                    "audit.details.PERIODIC_REPORT_FILED", m.group(1), texts.date(m.group(2)), texts.date(m.group(3)),
                    themes(m.group(4)), number(m.group(5))));
            case "PERIODIC_REPORT_REVISED" -> match(REPORT_REVISED, details).map(m -> texts.get(
                    "audit.details.PERIODIC_REPORT_REVISED", m.group(1), themes(m.group(2)), number(m.group(3))));
            case "WEEKLY_NOTE_SAVED" -> match(WEEKLY_NOTE, details).map(m -> texts.get(
                    "audit.details.WEEKLY_NOTE_SAVED", texts.date(m.group(1)), texts.date(m.group(2)),
                    number(m.group(3))));
            case "OBSERVER_PIN_SENT" -> match(PIN_SENT, details).map(m -> texts.get(
                    "audit.details.OBSERVER_PIN_SENT", m.group(1)));
            case "OBSERVER_LOGGED_IN" -> match(OBSERVER_LOGIN, details).map(m -> texts.get(
                    "audit.details.OBSERVER_LOGGED_IN", m.group(1)));
            case "OBSERVER_LOGIN_FAILED" -> loginFailed(details);
            case "OBSERVER_PHOTO_UPLOADED" -> match(PHOTO_UPLOADED, details).map(m -> texts.get(
                    "audit.details.OBSERVER_PHOTO_UPLOADED", m.group(1), m.group(2), m.group(3)));
            default -> Optional.empty();
        };
    }

    private Optional<String> userCreated(String details) {
        return match(USER_CREATED, details).map(m -> {
            String roles = roles(m.group(2));
            if (m.group(1) != null) {
                return texts.get("audit.details.USER_CREATED.firstStart", roles);
            }
            return texts.get("audit.details.USER_CREATED", roles, orNone(m.group(4)));
        });
    }

    private Optional<String> rolesChanged(String details) {
        return match(ROLES_CHANGED, details).map(m -> texts.parts(List.of(
                texts.get("value.change", texts.get("audit.field.roles"), roles(m.group(1)), roles(m.group(2))),
                change("audit.field.region", orNone(m.group(3)), orNone(m.group(4))))));
    }

    private Optional<String> importApplied(String details) {
        return match(IMPORT_APPLIED, details).map(m -> texts.get(
                "stations".equals(m.group(1)) ? "audit.details.IMPORT_APPLIED.stations"
                        : "audit.details.IMPORT_APPLIED.units",
                m.group(2), number(m.group(3)), number(m.group(4)), number(m.group(5)), number(m.group(6))));
    }

    private Optional<String> mapVersionCreated(String details) {
        return match(MAP_VERSION_CREATED, details).map(m -> {
            List<String> counts = new ArrayList<>();
            Matcher level = LEVEL_COUNT.matcher(m.group(2));
            while (level.find()) {
                counts.add(texts.get("value.labelled", texts.label("map.level.", level.group(1)),
                        number(level.group(2))));
            }
            return texts.get("audit.details.MAP_VERSION_CREATED", m.group(1), ScreenTexts.list(counts),
                    number(m.group(3)), orNone(m.group(4)));
        });
    }

    /** Renders the name and first day of validity of a unit, leaving out the one that did not change. */
    private Optional<String> unitChanged(String details) {
        return match(UNIT_CHANGED, details).map(m -> {
            boolean nameChanged = !m.group(1).equals(m.group(2));
            boolean dateChanged = !m.group(3).equals(m.group(4));
            List<String> parts = new ArrayList<>();
            if (nameChanged || !dateChanged) {
                parts.add(change("audit.field.name", m.group(1), m.group(2)));
            }
            if (dateChanged || !nameChanged) {
                parts.add(change("audit.field.validFrom", date(m.group(3)), date(m.group(4))));
            }
            return texts.parts(parts);
        });
    }

    private Optional<String> stationChanged(String details) {
        Optional<Matcher> back = match(STATION_BACK, details);
        if (back.isPresent()) {
            return Optional.of(texts.get("audit.details.STATION_CHANGED.backIn", back.get().group(1)));
        }
        return StationChangeTexts.render(details, texts);
    }

    private Optional<String> statusChange(String details, String labelPrefix) {
        return match(STATUS_CHANGE, details).map(m -> change("audit.field.status",
                texts.label(labelPrefix, m.group(1)), texts.label(labelPrefix, m.group(2))));
    }

    private Optional<String> election(String details) {
        Optional<Matcher> demo = match(DEMO_ELECTION, details);
        if (demo.isPresent()) {
            return Optional.of(texts.get("audit.details.ELECTION_CREATED.demo", demo.get().group(1)));
        }
        return match(ELECTION, details).map(m -> {
            List<String> parts = new ArrayList<>();
            parts.add(texts.get("audit.details.election", m.group(1), texts.label("election.type.", m.group(2)),
                    date(m.group(3)), orNone(m.group(4)), number(m.group(5)), number(m.group(6))));
            if (m.group(7) != null) {
                parts.add(change("audit.field.status", texts.label("election.status.", m.group(7)),
                        texts.label("election.status.", m.group(8))));
            }
            return texts.parts(parts);
        });
    }

    private Optional<String> observersImported(String details) {
        return match(OBSERVERS_IMPORTED, details).map(m -> {
            String counts = texts.get("audit.details.OBSERVERS_IMPORTED", number(m.group(1)), number(m.group(2)),
                    number(m.group(3)), number(m.group(4)), number(m.group(5)));
            if (m.group(6) == null) {
                return counts;
            }
            return texts.parts(List.of(counts, texts.get("audit.details.OBSERVERS_IMPORTED.updated",
                    ScreenTexts.list(List.of(m.group(6).split(" "))))));
        });
    }

    private Optional<String> deployed(String details) {
        return match(DEPLOYED, details).map(m -> m.group(3) == null
                ? texts.get("audit.details.OBSERVER_DEPLOYED", m.group(1), place(m.group(2)))
                : texts.get("audit.details.OBSERVER_DEPLOYED.sampled", m.group(1), place(m.group(2)),
                        texts.label("audit.proximity.", m.group(3))));
    }

    /** Renders a deployment place, stored as "POLLING_STATION 1234-01", "RESERVE null" or "reserve pool". */
    private String place(String stored) {
        if ("reserve pool".equals(stored)) {
            return texts.label("deployment.kind.", "RESERVE");
        }
        Optional<Matcher> place = match(PLACE, stored);
        if (place.isEmpty()) {
            return stored;
        }
        String kind = texts.label("deployment.kind.", place.get().group(1));
        String code = place.get().group(2);
        return "null".equals(code) ? kind : texts.get("value.labelled", kind, code);
    }

    /** Renders a training session stored as "2026-05-10, Bamako, trainer's name". */
    private String trainingSession(String stored) {
        int comma = stored.indexOf(", ");
        return comma < 0 ? stored : date(stored.substring(0, comma)) + stored.substring(comma);
    }

    private Optional<String> accreditationStep(String details) {
        return match(ACCREDITATION_STEP, details).map(m -> texts.get("audit.details.ACCREDITATION_STEP",
                m.group(1), texts.label("broadcast.step.", m.group(2)), stepDetails(m.group(3))));
    }

    private String stepDetails(String stored) {
        if ("code of conduct signed".equals(stored)) {
            return texts.get("audit.details.ACCREDITATION_STEP.codeSigned");
        }
        if ("request sent to the AIGE".equals(stored)) {
            return texts.get("audit.details.ACCREDITATION_STEP.requested");
        }
        Optional<Matcher> session = match(STEP_SESSION, stored);
        if (session.isPresent()) {
            return texts.get("audit.details.ACCREDITATION_STEP.session", session.get().group(1),
                    trainingSession(session.get().group(2)));
        }
        Optional<Matcher> badge = match(STEP_BADGE, stored);
        if (badge.isPresent()) {
            return texts.get("audit.details.ACCREDITATION_STEP.badge", badge.get().group(1));
        }
        return match(STEP_REFUSED, stored)
                .map(m -> texts.get("audit.details.ACCREDITATION_STEP.refused", m.group(1)))
                .orElse(stored);
    }

    private Optional<String> sampleDrawn(String details) {
        return match(SAMPLE_DRAWN, details).map(m -> texts.get("audit.details.PVT_SAMPLE_DRAWN",
                number(m.group(1)), texts.label("sample.sizeMode.", m.group(2) == null ? "GIVEN" : "COMPUTED"),
                number(m.group(3)), texts.label("sample.scheme.", m.group(4)),
                texts.label("sample.allocation.", m.group(5)), number(m.group(6)), m.group(7), m.group(8)));
    }

    private Optional<String> verification(String details) {
        return match(VERIFICATION, details).map(m -> {
            List<String> parts = new ArrayList<>();
            parts.add(texts.get("audit.details.verification", texts.label("verification.kind.", m.group(1)),
                    m.group(2), m.group(3)));
            if (m.group(4) != null) {
                parts.add(texts.get("audit.details.verification.station", m.group(4)));
            }
            if (m.group(5) != null) {
                parts.add(texts.get("audit.details.verification.question", m.group(5)));
            }
            if (m.group(6) != null) {
                parts.add(texts.get("audit.details.verification.values", m.group(6)));
            }
            if (m.group(7) != null) {
                parts.add(texts.get("audit.details.verification.reason", VerificationTexts.reason(m.group(7), texts)));
            }
            return texts.parts(parts);
        });
    }

    private Optional<String> officialResult(String details) {
        return match(OFFICIAL_RESULT, details).map(m -> {
            List<String> options = new ArrayList<>();
            for (String votes : m.group(6).split(", ")) {
                options.add(number(votes));
            }
            String scope = "NATIONAL".equals(m.group(1)) ? texts.get("dashboard.national") : m.group(1);
            return texts.get("audit.details.OFFICIAL_RESULT_ENTERED", scope, number(m.group(2)), number(m.group(3)),
                    number(m.group(4)), number(m.group(5)), ScreenTexts.list(options));
        });
    }

    private Optional<String> communique(String action, String details) {
        Optional<Matcher> matched = match(COMMUNIQUE, details);
        if (matched.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = matched.get();
        String communique = texts.get("audit.details.communique", texts.label("communiques.kind.", m.group(1)),
                m.group(2), m.group(3));
        if (m.group(4) == null) {
            return Optional.of(communique);
        }
        Optional<String> more = communiqueDetails(action, m.group(4));
        return more.map(text -> texts.parts(List.of(communique, text)));
    }

    private Optional<String> communiqueDetails(String action, String stored) {
        return switch (action) {
            case "COMMUNIQUE_DRAFTED" -> match(COMMUNIQUE_DATA, stored).map(m -> {
                String data = m.group(2) != null ? texts.get("audit.details.communique.data", m.group(2))
                        : texts.get("audit.details.communique.week", texts.date(m.group(3)), texts.date(m.group(4)),
                                texts.dateTime(m.group(5)));
                return m.group(1) == null ? data
                        : texts.parts(List.of(texts.get("audit.details.communique.corrects", m.group(1)), data));
            });
            case "COMMUNIQUE_NARRATIVE_EDITED" -> "approval withdrawn".equals(stored)
                    ? Optional.of(texts.get("audit.details.communique.approvalWithdrawn")) : Optional.empty();
            case "COMMUNIQUE_APPROVED" -> match(COMMUNIQUE_AUTHOR, stored)
                    .map(m -> texts.get("audit.details.communique.author", m.group(1)));
            case "COMMUNIQUE_EMBARGO_SET" -> Optional.of("none".equals(stored)
                    ? texts.get("audit.details.communique.noEmbargo")
                    : texts.get("audit.details.communique.embargo", texts.dateTime(stored)));
            default -> match(COMMUNIQUE_CONTENT, stored).map(m -> m.group(2) == null
                    ? texts.get("audit.details.communique.content", m.group(1))
                    : texts.parts(List.of(texts.get("audit.details.communique.content", m.group(1)),
                            texts.get("audit.details.communique.embargo", texts.dateTime(m.group(2))))));
        };
    }

    private Optional<String> loginFailed(String details) {
        if ("observer is retired".equals(details)) {
            return Optional.of(texts.get("audit.details.OBSERVER_LOGIN_FAILED.retired"));
        }
        if ("no usable PIN".equals(details)) {
            return Optional.of(texts.get("audit.details.OBSERVER_LOGIN_FAILED.noPin"));
        }
        Optional<Matcher> exhausted = match(PIN_EXHAUSTED, details);
        if (exhausted.isPresent()) {
            return Optional.of(texts.get("audit.details.OBSERVER_LOGIN_FAILED.exhausted", exhausted.get().group(1)));
        }
        return match(WRONG_PIN, details).map(m -> texts.get("audit.details.OBSERVER_LOGIN_FAILED.wrongPin",
                number(m.group(1)), m.group(2)));
    }

    /** Renders the role names of a stored set such as "ADMINISTRATOR, EVA_DATA_MANAGER". */
    private String roles(String names) {
        if (names.isBlank()) {
            return texts.get("value.none");
        }
        List<String> labels = new ArrayList<>();
        for (String name : names.split(", ")) {
            labels.add(texts.label("role.", name));
        }
        return ScreenTexts.list(labels);
    }

    private String themes(String codes) {
        return codes.isBlank() ? texts.get("value.none") : ScreenTexts.list(List.of(codes.split(" ")));
    }

    private String change(String fieldKey, String before, String after) {
        return texts.get("value.change", texts.get(fieldKey), before, after);
    }

    private String orNone(String value) {
        return value == null || value.isEmpty() || "null".equals(value) ? texts.get("value.none") : value;
    }

    private String date(String isoDate) {
        return "null".equals(isoDate) ? texts.get("value.none") : texts.date(isoDate);
    }

    /** Formats stored digits with the locale's grouping; digits too long for a long stay as they are. */
    private String number(String digits) {
        try {
            return texts.number(Long.parseLong(digits.strip()));
        } catch (NumberFormatException e) {
            return digits;
        }
    }

    private static Optional<Matcher> match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
    }
}
