package ml.modele.observation.domain.communique;

/** Step of a communiqué in its workflow: drafted, approved by a second person, then published. */
public enum CommuniqueStatus {
    DRAFT,
    APPROVED,
    PUBLISHED
}
