package ml.modele.observation.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.security.Role;

class AccessPolicyTest {

    @Test
    void loginPageIsPublic() {
        assertTrue(AccessPolicy.isPublic("/login.xhtml"));
    }

    @Test
    void dashboardIsNotPublic() {
        assertFalse(AccessPolicy.isPublic("/index.xhtml"));
    }

    @Test
    void administrationIsForAdministratorsOnly() {
        for (Role role : Role.values()) {
            boolean allowed = AccessPolicy.allows("/admin/users.xhtml", Set.of(role));
            if (role == Role.ADMINISTRATOR) {
                assertTrue(allowed, "administrator");
            } else {
                assertFalse(allowed, role.name());
            }
        }
    }

    @Test
    void everyRoleReachesDashboard() {
        for (Role role : Role.values()) {
            assertTrue(AccessPolicy.allows("/index.xhtml", Set.of(role)), role.name());
        }
    }

    @Test
    void unlistedPathIsDeniedToEveryone() {
        assertFalse(AccessPolicy.allows("/unknown/page.xhtml", EnumSet.allOf(Role.class)));
    }

    @Test
    void callerWithoutRoleIsDenied() {
        assertFalse(AccessPolicy.allows("/index.xhtml", EnumSet.noneOf(Role.class)));
    }

    @Test
    void verificationQueueForEvaAndCoordination() {
        Set<Role> verifiers = EnumSet.of(Role.EVA_DATA_MANAGER, Role.TECHNICAL_COORDINATOR, Role.ADMINISTRATOR);

        assertEquals(verifiers, AccessPolicy.rolesFor("/eva/queue.xhtml"));
        assertEquals(verifiers, AccessPolicy.rolesFor("/eva/messages.xhtml"));
        assertEquals(verifiers, AccessPolicy.rolesFor("/eva/calls.xhtml"));
        assertEquals(verifiers, AccessPolicy.rolesFor("/api/submissions/12/photo"));
    }

    @Test
    void formSetOnlyForDesigners() {
        Set<Role> designers = EnumSet.of(Role.ADMINISTRATOR, Role.TECHNICAL_COORDINATOR);

        assertEquals(designers, AccessPolicy.rolesFor("/forms/set.xhtml"));
        assertEquals(designers, AccessPolicy.rolesFor("/forms/designer.xhtml"));
        assertEquals(designers, AccessPolicy.rolesFor("/api/forms/1"));
    }

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
    void electionChangesOnlyForEditors() {
        Set<Role> editors = EnumSet.of(Role.ADMINISTRATOR, Role.MISSION_CHIEF, Role.TECHNICAL_COORDINATOR);

        assertEquals(editors, AccessPolicy.rolesFor("/api/elections/create"));
        assertEquals(editors, AccessPolicy.rolesFor("/api/elections/update/3"));
        assertFalse(AccessPolicy.allows("/api/elections/create", EnumSet.of(Role.ANALYST)));
        assertTrue(AccessPolicy.allows("/api/elections", EnumSet.of(Role.ANALYST)));
    }

    @Test
    void analystCannotImport() {
        assertFalse(AccessPolicy.allows("/map/import.xhtml", EnumSet.of(Role.ANALYST)));
        assertFalse(AccessPolicy.allows("/api/map/import/stations", EnumSet.of(Role.SECRETARIAT)));
    }

    @Test
    void sampleDrawnBySecretariatSealedByOthers() {
        Set<Role> sealers = EnumSet.of(Role.ADMINISTRATOR, Role.MISSION_CHIEF, Role.TECHNICAL_COORDINATOR,
                Role.ANALYST);
        Set<Role> drawers = EnumSet.copyOf(sealers);
        drawers.add(Role.SECRETARIAT);

        assertEquals(drawers, AccessPolicy.rolesFor("/api/pvt/draw/1"));
        assertEquals(sealers, AccessPolicy.rolesFor("/api/pvt/seal/1"));
        assertEquals(sealers, AccessPolicy.rolesFor("/api/pvt/replace/1"));
        assertFalse(AccessPolicy.allows("/api/pvt/seal/1", EnumSet.of(Role.SECRETARIAT)));
        assertFalse(AccessPolicy.allows("/api/pvt/draw/1", EnumSet.of(Role.EVA_DATA_MANAGER)));
    }

    @Test
    void sampleHiddenFromPressAndRegions() {
        Set<Role> readers = EnumSet.of(Role.ADMINISTRATOR, Role.MISSION_CHIEF, Role.TECHNICAL_COORDINATOR,
                Role.ANALYST, Role.SECRETARIAT, Role.EVA_DATA_MANAGER);

        assertEquals(readers, AccessPolicy.rolesFor("/pvt/sample.xhtml"));
        assertEquals(readers, AccessPolicy.rolesFor("/api/pvt/sample/1/pdf"));
        assertFalse(AccessPolicy.allows("/api/pvt/sample/1", EnumSet.of(Role.PRESS_OFFICER)));
        assertFalse(AccessPolicy.allows("/pvt/sample.xhtml", EnumSet.of(Role.REGIONAL_COORDINATOR)));
        assertFalse(AccessPolicy.allows("/api/pvt/draw/1", EnumSet.of(Role.PRESS_OFFICER)));
    }

    @Test
    void smsInboxCountsForChannelReaders() {
        Set<Role> readers = EnumSet.of(Role.EVA_DATA_MANAGER, Role.TECHNICAL_COORDINATOR, Role.ADMINISTRATOR);

        assertEquals(readers, AccessPolicy.rolesFor("/api/sms/inbox/counts"));
        assertFalse(AccessPolicy.allows("/api/sms/inbox/counts", EnumSet.of(Role.PRESS_OFFICER)));
        assertFalse(AccessPolicy.allows("/api/sms/inbox/counts", EnumSet.of(Role.SECRETARIAT)));
    }

    @Test
    void situationRoomRolesAndWriters() {
        for (Role role : EnumSet.of(Role.MISSION_CHIEF, Role.TECHNICAL_COORDINATOR, Role.ANALYST,
                Role.EVA_DATA_MANAGER, Role.PRESS_OFFICER, Role.REGIONAL_COORDINATOR)) {
            assertTrue(AccessPolicy.allows("/situation/dashboard.xhtml", EnumSet.of(role)), role.name());
            assertTrue(AccessPolicy.allows("/api/tabulation/1", EnumSet.of(role)), role.name());
        }
        assertFalse(AccessPolicy.allows("/situation/incidents.xhtml", EnumSet.of(Role.SECRETARIAT)));
        assertTrue(AccessPolicy.allows("/api/tabulation/official/1", EnumSet.of(Role.EVA_DATA_MANAGER)));
        assertFalse(AccessPolicy.allows("/api/tabulation/official/1", EnumSet.of(Role.ANALYST)));
        assertTrue(AccessPolicy.allows("/api/tabulation/incident-status/5", EnumSet.of(Role.ANALYST)));
        assertFalse(AccessPolicy.allows("/api/tabulation/incident-status/5", EnumSet.of(Role.PRESS_OFFICER)));
    }

    @Test
    void broadcastAndAigeRequestForManagers() {
        Set<Role> managers = EnumSet.of(Role.ADMINISTRATOR, Role.SECRETARIAT);

        assertEquals(managers, AccessPolicy.rolesFor("/observers/broadcast.xhtml"));
        assertEquals(managers, AccessPolicy.rolesFor("/api/sms-broadcast/1/queue"));
        assertEquals(managers, AccessPolicy.rolesFor("/api/aige-request/1"));
    }

    @Test
    void deploymentScreensForDeploymentReaders() {
        Set<Role> readers = EnumSet.of(Role.ADMINISTRATOR, Role.SECRETARIAT, Role.MISSION_CHIEF,
                Role.TECHNICAL_COORDINATOR, Role.REGIONAL_COORDINATOR);

        assertEquals(readers, AccessPolicy.rolesFor("/observers/deployment.xhtml"));
        assertEquals(readers, AccessPolicy.rolesFor("/observers/coverage.xhtml"));
        assertFalse(AccessPolicy.allows("/observers/coverage.xhtml", Set.of(Role.EVA_DATA_MANAGER)));
    }

    @Test
    void communiqueMatrixSplitsDraftingApprovalAndNarrative() {
        Set<Role> readers = EnumSet.of(Role.PRESS_OFFICER, Role.ANALYST, Role.MISSION_CHIEF,
                Role.TECHNICAL_COORDINATOR, Role.ADMINISTRATOR);

        assertEquals(readers, AccessPolicy.rolesFor("/communiques/list.xhtml"));
        assertEquals(readers, AccessPolicy.rolesFor("/api/communiques"));
        assertEquals(readers, AccessPolicy.rolesFor("/api/communiques/pdf/3"));
        assertEquals(EnumSet.of(Role.PRESS_OFFICER, Role.ADMINISTRATOR), AccessPolicy.rolesFor("/api/communiques/draft/1"));
        assertEquals(EnumSet.of(Role.PRESS_OFFICER, Role.ADMINISTRATOR), AccessPolicy.rolesFor("/api/communiques/publish/3"));
        assertEquals(EnumSet.of(Role.PRESS_OFFICER, Role.ADMINISTRATOR), AccessPolicy.rolesFor("/api/communiques/embargo/3"));
        assertEquals(EnumSet.of(Role.PRESS_OFFICER, Role.ADMINISTRATOR), AccessPolicy.rolesFor("/api/communiques/correct/3"));
        assertEquals(EnumSet.of(Role.ANALYST, Role.PRESS_OFFICER, Role.ADMINISTRATOR),
                AccessPolicy.rolesFor("/api/communiques/narrative/3"));
        assertEquals(EnumSet.of(Role.MISSION_CHIEF, Role.ADMINISTRATOR), AccessPolicy.rolesFor("/api/communiques/approve/3"));
        for (Role role : EnumSet.of(Role.SECRETARIAT, Role.EVA_DATA_MANAGER, Role.REGIONAL_COORDINATOR)) {
            assertFalse(AccessPolicy.allows("/communiques/list.xhtml", EnumSet.of(role)), role.name());
            assertFalse(AccessPolicy.allows("/api/communiques", EnumSet.of(role)), role.name());
        }
    }

    @Test
    void publicCommuniqueListNeedsNoLogin() {
        assertTrue(AccessPolicy.isPublic("/api/public/communiques"));
        assertTrue(AccessPolicy.isPublic("/api/public/communiques/3/pdf"));
        assertFalse(AccessPolicy.isPublic("/api/communiques/pdf/3"));
    }

    @Test
    void periodicReportsForFilersAndReaders() {
        Set<Role> readers = EnumSet.of(Role.ADMINISTRATOR, Role.MISSION_CHIEF, Role.TECHNICAL_COORDINATOR,
                Role.REGIONAL_COORDINATOR, Role.EVA_DATA_MANAGER, Role.ANALYST);

        assertEquals(readers, AccessPolicy.rolesFor("/reports/periodic.xhtml"));
        assertEquals(readers, AccessPolicy.rolesFor("/reports/periodic-view.xhtml"));
        assertEquals(readers, AccessPolicy.rolesFor("/api/periodic-reports/1"));
        assertFalse(AccessPolicy.allows("/api/periodic-reports/1", Set.of(Role.PRESS_OFFICER)));
        assertFalse(AccessPolicy.allows("/reports/periodic.xhtml", Set.of(Role.SECRETARIAT)));
    }

    @Test
    void weeklyReportWithoutRegionalCoordinators() {
        Set<Role> readers = EnumSet.of(Role.ADMINISTRATOR, Role.MISSION_CHIEF, Role.TECHNICAL_COORDINATOR,
                Role.ANALYST, Role.EVA_DATA_MANAGER, Role.PRESS_OFFICER);

        assertEquals(readers, AccessPolicy.rolesFor("/reports/weekly.xhtml"));
        assertEquals(readers, AccessPolicy.rolesFor("/api/weekly-report/1"));
    }

    @Test
    void deploymentListForDeploymentReaders() {
        assertEquals(AccessPolicy.rolesFor("/observers/coverage.xhtml"),
                AccessPolicy.rolesFor("/api/deployment/1/list"));
        assertFalse(AccessPolicy.allows("/api/deployment/1/list", Set.of(Role.ANALYST)));
    }

    @Test
    void observerAreaRefusesEveryStaffRole() {
        EnumSet<Role> everyRole = EnumSet.allOf(Role.class);
        for (String path : List.of("/observer/index.xhtml", "/observer/form.xhtml", "/observer/login.xhtml",
                "/api/observer/submissions", "/api/observer/forms")) {
            assertFalse(AccessPolicy.allows(path, everyRole), path);
            assertTrue(AccessPolicy.rolesFor(path).isEmpty(), path);
            assertFalse(AccessPolicy.isPublic(path), path);
        }
    }

    @Test
    void observerSessionReachesObserverAreaOnly() {
        assertTrue(AccessPolicy.allowsObserver("/observer/index.xhtml", true));
        assertTrue(AccessPolicy.allowsObserver("/api/observer/submissions", true));
        assertFalse(AccessPolicy.allowsObserver("/index.xhtml", true));
        assertFalse(AccessPolicy.allowsObserver("/eva/queue.xhtml", true));
        assertFalse(AccessPolicy.allowsObserver("/api/submissions/12/photo", true));
        assertFalse(AccessPolicy.allowsObserver("/observers/list.xhtml", true));
    }

    @Test
    void observerLoginNeedsNoSession() {
        assertTrue(AccessPolicy.allowsObserver("/observer/login.xhtml", false));
        assertTrue(AccessPolicy.allowsObserver("/api/observer/pin", false));
        assertTrue(AccessPolicy.allowsObserver("/api/observer/login", false));
        assertFalse(AccessPolicy.allowsObserver("/observer/index.xhtml", false));
        assertFalse(AccessPolicy.allowsObserver("/api/observer/submissions", false));
    }
}
