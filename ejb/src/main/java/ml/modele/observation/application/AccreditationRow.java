package ml.modele.observation.application;

import ml.modele.observation.domain.accreditation.Accreditation;
import ml.modele.observation.domain.accreditation.AccreditationStep;
import ml.modele.observation.domain.observer.Observer;

/** One line of the accreditation list: an observer and their file, null while they are a candidate. */
public record AccreditationRow(Observer observer, Accreditation accreditation) {

    public AccreditationStep step() {
        return accreditation == null ? AccreditationStep.CANDIDATE : accreditation.getStep();
    }
}
