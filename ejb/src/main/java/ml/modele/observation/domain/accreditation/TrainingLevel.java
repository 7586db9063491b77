package ml.modele.observation.domain.accreditation;

/**
 * Tier of the training cascade: the national session trains the trainers, who run the regional
 * sessions, whose trainees run the local sessions for the OCT.
 */
public enum TrainingLevel {
    NATIONAL,
    REGIONAL,
    LOCAL
}
