package ml.modele.observation.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.security.Role;

class AccessPolicyTest {

    @Test
    void mapImportOnlyForImporters() {
        Set<Role> importers = EnumSet.of(Role.ADMINISTRATOR, Role.TECHNICAL_COORDINATOR);

        assertEquals(importers, AccessPolicy.rolesFor("/map/import.xhtml"));
        assertEquals(importers, AccessPolicy.rolesFor("/api/map/import/stations"));
        assertEquals(importers, AccessPolicy.rolesFor("/api/map/import/admin-units"));
    }

    @Test
    void mapAndElectionsReadByEveryRole() {
        for (Role role : Role.values()) {
            Set<Role> roles = EnumSet.of(role);
            assertTrue(AccessPolicy.allows("/map/browser.xhtml", roles), role.name());
            assertTrue(AccessPolicy.allows("/api/map/summary", roles), role.name());
            assertTrue(AccessPolicy.allows("/api/elections", roles), role.name());
            assertTrue(AccessPolicy.allows("/elections/edit.xhtml", roles), role.name());
        }
    }

    @Test
    void analystCannotImport() {
        assertFalse(AccessPolicy.allows("/map/import.xhtml", EnumSet.of(Role.ANALYST)));
        assertFalse(AccessPolicy.allows("/api/map/import/stations", EnumSet.of(Role.SECRETARIAT)));
    }
}
