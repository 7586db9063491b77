package ml.modele.observation.domain.security;

/**
 * Roles of the platform's users. The role matrix of the web layer decides which pages and
 * endpoints each role reaches; a regional coordinator is further limited to one région.
 */
public enum Role {
    ADMINISTRATOR(Names.ADMINISTRATOR),
    MISSION_CHIEF(Names.MISSION_CHIEF),
    TECHNICAL_COORDINATOR(Names.TECHNICAL_COORDINATOR),
    REGIONAL_COORDINATOR(Names.REGIONAL_COORDINATOR),
    EVA_DATA_MANAGER(Names.EVA_DATA_MANAGER),
    ANALYST(Names.ANALYST),
    PRESS_OFFICER(Names.PRESS_OFFICER),
    SECRETARIAT(Names.SECRETARIAT);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** Returns the security role name used in annotations, descriptors and group names. */
    public String roleName() {
        return roleName;
    }

    /** Returns the role with this security role name. */
    public static Role fromRoleName(String roleName) {
        for (Role role : values()) {
            if (role.roleName.equals(roleName)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role name " + roleName);
    }

    /** Security role names as compile-time constants for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMINISTRATOR = "administrator";
        public static final String MISSION_CHIEF = "mission-chief";
        public static final String TECHNICAL_COORDINATOR = "technical-coordinator";
        public static final String REGIONAL_COORDINATOR = "regional-coordinator";
        public static final String EVA_DATA_MANAGER = "eva-data-manager";
        public static final String ANALYST = "analyst";
        public static final String PRESS_OFFICER = "press-officer";
        public static final String SECRETARIAT = "secretariat";

        private Names() {
        }
    }
}
