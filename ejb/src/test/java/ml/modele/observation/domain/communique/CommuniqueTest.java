package ml.modele.observation.domain.communique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CommuniqueTest {

    private static final Instant NOW = Instant.parse("2026-06-18T22:00:00Z");

    @Test
    void authorCannotApproveOwnDraft() {
        Communique draft = draft("presse");

        CommuniqueRuleException error = assertThrows(CommuniqueRuleException.class, () -> draft.approve("presse", NOW));

        assertEquals("communique.error.authorCannotApprove", error.messageKey());
        assertEquals(CommuniqueStatus.DRAFT, draft.status());
        assertNull(draft.approvedBy());
    }

    @Test
    void secondPersonApproves() {
        Communique draft = draft("presse");

        draft.approve("chef.mission", NOW);

        assertEquals(CommuniqueStatus.APPROVED, draft.status());
        assertEquals("chef.mission", draft.approvedBy());
    }

    @Test
    void editingApprovedTextNeedsNewApproval() {
        Communique draft = draft("presse");
        draft.approve("chef.mission", NOW);

        draft.editNarrative("<p>Nouveau constat</p>", "", "analyste", NOW);

        assertEquals(CommuniqueStatus.DRAFT, draft.status());
        assertNull(draft.approvedBy());
    }

    @Test
    void publishingNeedsApproval() {
        Communique draft = draft("presse");

        CommuniqueRuleException error = assertThrows(CommuniqueRuleException.class, () -> draft.publish("presse", NOW));

        assertEquals("communique.error.notApproved", error.messageKey());
    }

    @Test
    void publishedVersionRejectsEveryChange() {
        Communique published = published();

        assertEquals("communique.error.published", assertThrows(CommuniqueRuleException.class,
                () -> published.editNarrative("<p>x</p>", "", "analyste", NOW)).messageKey());
        assertEquals("communique.error.published", assertThrows(CommuniqueRuleException.class,
                () -> published.approve("admin", NOW)).messageKey());
        assertEquals("communique.error.published", assertThrows(CommuniqueRuleException.class,
                () -> published.embargo(NOW)).messageKey());
        assertEquals("communique.error.published", assertThrows(CommuniqueRuleException.class,
                () -> published.publish("presse", NOW)).messageKey());
        assertEquals("<p>Texte approuvé</p>", published.findingsHtml());
    }

    @Test
    void embargoHidesUntilItsTime() {
        Communique draft = draft("presse");
        draft.embargo(NOW.plusSeconds(3600));
        draft.approve("chef.mission", NOW);
        draft.publish("presse", NOW);

        assertFalse(draft.isPublicAt(NOW));
        assertTrue(draft.isPublicAt(NOW.plusSeconds(3600)));
    }

    @Test
    void correctionNamesReplacedVersionAndKeepsNarrative() {
        Communique published = published();

        Communique correction = Communique.draft(7, CommuniqueKind.PRELIMINARY_STATEMENT, 2, published, "{}", NOW,
                "presse", NOW);

        assertEquals(41L, correction.replacesId());
        assertEquals(2, correction.version());
        assertEquals(CommuniqueStatus.DRAFT, correction.status());
        assertEquals("<p>Texte approuvé</p>", correction.findingsHtml());
    }

    @Test
    void onlyPublishedVersionIsCorrected() {
        Communique draft = draft("presse").withId(40);

        assertEquals("communique.error.correctUnpublished", assertThrows(CommuniqueRuleException.class,
                () -> Communique.draft(7, CommuniqueKind.PRELIMINARY_STATEMENT, 2, draft, "{}", NOW, "presse", NOW))
                .messageKey());
    }

    @Test
    void narrativeKeepsSafeSubsetOnly() {
        Communique draft = draft("presse");

        draft.editNarrative("<p onclick=\"x()\">Calme <strong>général</strong> <script>alert(1)</script>"
                + "<a href=\"http://example.org\">lien</a> <em>à Kidal</em></p><img src=x>", null, "analyste", NOW);

        assertEquals("<p>Calme <b>général</b> lien <i>à Kidal</i></p>", draft.findingsHtml());
        assertEquals("", draft.recommendationsHtml());
    }

    @Test
    void emptyEditorTextIsEmpty() {
        assertEquals("", SafeHtml.sanitise("<p><br></p>"));
    }

    @Test
    void overlongNarrativeIsRejected() {
        String text = "<p>" + "a".repeat(SafeHtml.MAX_LENGTH) + "</p>";

        assertEquals("communique.error.narrativeTooLong",
                assertThrows(CommuniqueRuleException.class, () -> SafeHtml.sanitise(text)).messageKey());
    }

    private static Communique draft(String author) {
        return Communique.draft(7, CommuniqueKind.PRELIMINARY_STATEMENT, 1, null, "{}", NOW, author, NOW);
    }

    private static Communique published() {
        Communique communique = draft("presse").withId(41);
        communique.editNarrative("<p>Texte approuvé</p>", "", "analyste", NOW);
        communique.approve("chef.mission", NOW);
        communique.publish("presse", NOW);
        return communique;
    }
}
