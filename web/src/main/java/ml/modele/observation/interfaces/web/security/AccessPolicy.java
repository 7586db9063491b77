package ml.modele.observation.interfaces.web.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import ml.modele.observation.domain.security.Role;

/**
 * The role matrix: which roles reach which pages and endpoints. Paths are matched by
 * their start, the first matching rule decides, and a path that no rule names is denied
 * to everyone. The menu is built from the same rules.
 * <p>
 * The observers' area ({@code /observer/}, {@code /api/observer/}) is apart: only an observer
 * session from the PIN login reaches it, whatever the staff roles, and an observer session
 * reaches nothing else, because it carries no staff role.
 */
public final class AccessPolicy {

    /** Paths that anyone reaches without logging in. */
    private static final List<String> PUBLIC_PREFIXES = List.of(
            "/login.xhtml",
            "/logout",
            "/errors/",
            "/jakarta.faces.resource/",
            "/resources/",
            "/api/version",
            "/verify/",
            "/api/public/",
            "/favicon.ico");

    /** Paths of the observers' web form and API, reached with an observer session only. */
    private static final List<String> OBSERVER_PREFIXES = List.of("/observer/", "/api/observer/");

    /** Paths of the observers' area that open an observer session, so need none. */
    private static final List<String> OBSERVER_LOGIN_PATHS = List.of(
            "/observer/login.xhtml",
            "/api/observer/pin",
            "/api/observer/login");

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

    /** Roles that import map files. */
    private static final Set<Role> MAP_IMPORTERS = EnumSet.of(Role.ADMINISTRATOR, Role.TECHNICAL_COORDINATOR);

    /** Roles that manage the observer registry: import, and see national ID numbers. */
    private static final Set<Role> OBSERVER_MANAGERS = EnumSet.of(Role.ADMINISTRATOR, Role.SECRETARIAT);

    /** Roles that read the observer registry. A regional coordinator reads their région only. */
    private static final Set<Role> OBSERVER_READERS = EnumSet.of(Role.ADMINISTRATOR, Role.SECRETARIAT,
            Role.TECHNICAL_COORDINATOR, Role.MISSION_CHIEF, Role.EVA_DATA_MANAGER, Role.REGIONAL_COORDINATOR);

    /** Roles that seal the PVT sample and replace a station of a sealed sample. */
    private static final Set<Role> SAMPLE_SEALERS = EnumSet.of(Role.ADMINISTRATOR, Role.MISSION_CHIEF,
            Role.TECHNICAL_COORDINATOR, Role.ANALYST);

    /**
     * Roles that draw the PVT sample, and draw it again while it is not sealed: the sealers and
     * the secretariat that prepares the deployment.
     */
    private static final Set<Role> SAMPLE_DRAWERS = EnumSet.of(Role.ADMINISTRATOR, Role.MISSION_CHIEF,
            Role.TECHNICAL_COORDINATOR, Role.ANALYST, Role.SECRETARIAT);

    /**
     * Roles that read the PVT sample: the drawers and the data manager who enters its results.
     * The press has no access.
     * NOTE: regional coordinators get no access, because a view limited to their région
     * (RegionScope) is not built for the sample yet.
     */
    private static final Set<Role> SAMPLE_READERS = EnumSet.of(Role.ADMINISTRATOR, Role.MISSION_CHIEF,
            Role.TECHNICAL_COORDINATOR, Role.ANALYST, Role.SECRETARIAT, Role.EVA_DATA_MANAGER);

    /** Roles that follow the SMS channel: its screen and the inbox counts for scripts. */
    private static final Set<Role> SMS_READERS = EnumSet.of(Role.EVA_DATA_MANAGER, Role.TECHNICAL_COORDINATOR,
            Role.ADMINISTRATOR);

    /**
     * Roles that read accreditation and deployment; the secretariat and the administrator also
     * change them (the services check that), and a regional coordinator reads their région only.
     */
    private static final Set<Role> DEPLOYMENT_READERS = EnumSet.of(Role.ADMINISTRATOR, Role.SECRETARIAT,
            Role.MISSION_CHIEF, Role.TECHNICAL_COORDINATOR, Role.REGIONAL_COORDINATOR);

    /** Roles that create and change elections through the API, as on the elections screen. */
    private static final Set<Role> ELECTION_EDITORS = EnumSet.of(Role.ADMINISTRATOR, Role.MISSION_CHIEF,
            Role.TECHNICAL_COORDINATOR);

    /** Roles that import, export and edit (in the form designer) the form set of an election. */
    private static final Set<Role> FORM_DESIGNERS = EnumSet.of(Role.ADMINISTRATOR, Role.TECHNICAL_COORDINATOR);
    /**
     * Roles that read the live dashboard and the situation room; a regional coordinator sees
     * their région only (the services check that).
     */
    private static final Set<Role> SITUATION_READERS = EnumSet.of(Role.ADMINISTRATOR, Role.MISSION_CHIEF,
            Role.TECHNICAL_COORDINATOR, Role.ANALYST, Role.EVA_DATA_MANAGER, Role.PRESS_OFFICER,
            Role.REGIONAL_COORDINATOR);

    /** Roles that enter official results. */
    private static final Set<Role> OFFICIAL_RESULT_EDITORS = EnumSet.of(Role.ADMINISTRATOR, Role.EVA_DATA_MANAGER);

    /** Roles that change the review status of incidents. */
    private static final Set<Role> INCIDENT_REVIEWERS = EnumSet.of(Role.ADMINISTRATOR, Role.EVA_DATA_MANAGER,
            Role.ANALYST);

    /**
     * Roles that read the communiqués and their publication log, embargoed ones included, and
     * download their PDFs.
     */
    private static final Set<Role> COMMUNIQUE_READERS = EnumSet.of(Role.PRESS_OFFICER, Role.ANALYST,
            Role.MISSION_CHIEF, Role.TECHNICAL_COORDINATOR, Role.ADMINISTRATOR);

    /** Roles that draft, correct, embargo and publish communiqués. */
    private static final Set<Role> COMMUNIQUE_PUBLISHERS = EnumSet.of(Role.PRESS_OFFICER, Role.ADMINISTRATOR);

    /** Roles that write a communiqué's narrative; a press officer writes on their own drafts only. */
    private static final Set<Role> COMMUNIQUE_WRITERS = EnumSet.of(Role.ANALYST, Role.PRESS_OFFICER,
            Role.ADMINISTRATOR);

    /** Roles that approve a communiqué; nobody approves their own draft. */
    private static final Set<Role> COMMUNIQUE_APPROVERS = EnumSet.of(Role.MISSION_CHIEF, Role.ADMINISTRATOR);

    /**
     * Roles that read the long-term observers' periodic reports. The data managers, regional
     * coordinators (their région only), technical coordinator and administrator also file them
     * on the observers' behalf (the service checks that).
     */
    private static final Set<Role> PERIODIC_REPORT_READERS = EnumSet.of(Role.ADMINISTRATOR, Role.MISSION_CHIEF,
            Role.TECHNICAL_COORDINATOR, Role.REGIONAL_COORDINATOR, Role.EVA_DATA_MANAGER, Role.ANALYST);

    /**
     * Roles that read the weekly report of the citizen watch cell; the analysts and the mission
     * chief also write its notes (the service checks that). Regional coordinators have no access
     * because the report covers every région.
     */
    private static final Set<Role> WEEKLY_REPORT_READERS = EnumSet.of(Role.ADMINISTRATOR, Role.MISSION_CHIEF,
            Role.TECHNICAL_COORDINATOR, Role.ANALYST, Role.EVA_DATA_MANAGER, Role.PRESS_OFFICER);

    private static final List<Rule> RULES = List.of(
            new Rule("/admin/", EnumSet.of(Role.ADMINISTRATOR)),
            new Rule("/map/import.xhtml", MAP_IMPORTERS),
            new Rule("/map/", EVERY_ROLE),
            new Rule("/elections/", EVERY_ROLE),
            new Rule("/observers/accreditation.xhtml", DEPLOYMENT_READERS),
            new Rule("/observers/deployment.xhtml", DEPLOYMENT_READERS),
            new Rule("/observers/coverage.xhtml", DEPLOYMENT_READERS),
            new Rule("/observers/broadcast.xhtml", OBSERVER_MANAGERS),
            new Rule("/observers/import.xhtml", OBSERVER_MANAGERS),
            new Rule("/observers/", OBSERVER_READERS),
            new Rule("/api/observers/import", OBSERVER_MANAGERS),
            new Rule("/api/observers", OBSERVER_READERS),
            new Rule("/api/map/import/", MAP_IMPORTERS),
            new Rule("/api/map/", EVERY_ROLE),
            new Rule("/api/elections/create", ELECTION_EDITORS),
            new Rule("/api/elections/update/", ELECTION_EDITORS),
            new Rule("/api/elections", EVERY_ROLE),
            new Rule("/pvt/sample.xhtml", SAMPLE_READERS),
            new Rule("/api/accreditation/", DEPLOYMENT_READERS),
            new Rule("/api/aige-request/", OBSERVER_MANAGERS),
            new Rule("/api/sms-broadcast/", OBSERVER_MANAGERS),
            new Rule("/api/deployment/", DEPLOYMENT_READERS),
            new Rule("/api/pvt/sample/", SAMPLE_READERS),
            new Rule("/api/pvt/draw/", SAMPLE_DRAWERS),
            new Rule("/api/pvt/seal/", SAMPLE_SEALERS),
            new Rule("/api/pvt/replace/", SAMPLE_SEALERS),
            new Rule("/api/sms/", SMS_READERS),
            new Rule("/api/submissions/", EnumSet.of(Role.EVA_DATA_MANAGER, Role.TECHNICAL_COORDINATOR,
                    Role.ADMINISTRATOR)),
            new Rule("/forms/", FORM_DESIGNERS),
            new Rule("/api/forms/", FORM_DESIGNERS),
            new Rule("/situation/", SITUATION_READERS),
            new Rule("/api/tabulation/official/", OFFICIAL_RESULT_EDITORS),
            new Rule("/api/tabulation/incident-status/", INCIDENT_REVIEWERS),
            new Rule("/api/tabulation/", SITUATION_READERS),
            new Rule("/communiques/", COMMUNIQUE_READERS),
            new Rule("/api/communiques/draft/", COMMUNIQUE_PUBLISHERS),
            new Rule("/api/communiques/correct/", COMMUNIQUE_PUBLISHERS),
            new Rule("/api/communiques/embargo/", COMMUNIQUE_PUBLISHERS),
            new Rule("/api/communiques/publish/", COMMUNIQUE_PUBLISHERS),
            new Rule("/api/communiques/narrative/", COMMUNIQUE_WRITERS),
            new Rule("/api/communiques/approve/", COMMUNIQUE_APPROVERS),
            new Rule("/api/communiques", COMMUNIQUE_READERS),
            new Rule("/reports/weekly.xhtml", WEEKLY_REPORT_READERS),
            new Rule("/reports/", PERIODIC_REPORT_READERS),
            new Rule("/api/periodic-reports/", PERIODIC_REPORT_READERS),
            new Rule("/api/weekly-report/", WEEKLY_REPORT_READERS),
            new Rule("/account/", EVERY_ROLE),
            new Rule("/eva/", EnumSet.of(Role.EVA_DATA_MANAGER, Role.TECHNICAL_COORDINATOR, Role.ADMINISTRATOR)),
            new Rule("/index.xhtml", EVERY_ROLE),
            new Rule("/", EVERY_ROLE, true));

    private AccessPolicy() {
    }

    /** Tells whether the path (relative to the application) needs no login. */
    public static boolean isPublic(String path) {
        return PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** Tells whether the path belongs to the observers' area, which staff roles do not reach. */
    public static boolean isObserverArea(String path) {
        return OBSERVER_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** Tells whether an observer reaches the path: the observers' area, with a session or to open one. */
    public static boolean allowsObserver(String path, boolean observerSession) {
        if (!isObserverArea(path)) {
            return false;
        }
        return observerSession || OBSERVER_LOGIN_PATHS.stream().anyMatch(path::equals);
    }

    /** Returns the staff roles that reach the path; empty when no rule names it or it is the observers' area. */
    public static Set<Role> rolesFor(String path) {
        if (isObserverArea(path)) {
            return EnumSet.noneOf(Role.class);
        }
        return rule(path).map(Rule::roles).orElse(EnumSet.noneOf(Role.class));
    }

    /** Tells whether a staff caller with these roles reaches the path. */
    public static boolean allows(String path, Set<Role> callerRoles) {
        if (isPublic(path)) {
            return true;
        }
        return rolesFor(path).stream().anyMatch(callerRoles::contains);
    }

    private static Optional<Rule> rule(String path) {
        return RULES.stream().filter(rule -> rule.matches(path)).findFirst();
    }

    /** A path prefix and the roles that reach it; {@code exact} limits the prefix to itself. */
    private record Rule(String prefix, Set<Role> roles, boolean exact) {

        Rule(String prefix, Set<Role> roles) {
            this(prefix, roles, false);
        }

        boolean matches(String path) {
            return exact ? path.equals(prefix) : path.startsWith(prefix);
        }
    }
}
