package ml.modele.observation.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.accreditation.Accreditation;
import ml.modele.observation.domain.accreditation.AccreditationStep;
import ml.modele.observation.domain.accreditation.VerificationCodes;
import ml.modele.observation.domain.deployment.Deployment;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.map.AdminUnitEntity;
import ml.modele.observation.domain.map.PollingCentreEntity;
import ml.modele.observation.domain.map.PollingStationEntity;
import ml.modele.observation.domain.observer.Observer;
import ml.modele.observation.domain.observer.ObserverStatus;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.infrastructure.reports.BadgeCard;
import ml.modele.observation.infrastructure.reports.BadgeRenderer;
import ml.modele.observation.infrastructure.reports.ReportRenderer;

/**
 * Observer badges: the PDF of an accredited observer, and the public check of the verification
 * code that the badge's QR code carries. A badge is valid while the file is accredited and the
 * observer is not retired from the registry.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT, Role.Names.MISSION_CHIEF,
        Role.Names.TECHNICAL_COORDINATOR, Role.Names.REGIONAL_COORDINATOR})
public class BadgeService {

    private static final Logger LOG = Logger.getLogger(BadgeService.class.getName());

    /** Path of the public verification page under the server's root. */
    public static final String VERIFY_PATH = "/observation/verify/";

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private AccreditationService accreditations;

    @EJB
    private DeploymentService deployments;

    @Inject
    private ReportRenderer renderer;

    /**
     * Renders the badge of an accredited observer.
     *
     * @param serverUrl scheme, host and port the verification URL starts with, e.g. {@code https://modele-mali.org}
     * @throws AccreditationException when the observer is not accredited for the election
     */
    public byte[] badge(long electionId, String observerCode, Locale locale, String serverUrl) {
        Accreditation file = accreditations.file(electionId, observerCode)
                .filter(found -> found.getStep() == AccreditationStep.ACCREDITED)
                .orElseThrow(() -> new AccreditationException("accreditation.error.notAccredited", observerCode));
        Election election = em.find(Election.class, electionId);
        Observer observer = file.getObserver();
        ResourceBundle labels = ReportRenderer.labels(BadgeRenderer.BUNDLE, locale);

        BadgeCard card = new BadgeCard(observer.getFirstName() + " " + observer.getLastName(),
                observer.getOrganisation().getName(), labels.getString("category." + observer.getCategory().name()),
                place(electionId, observerCode, labels, locale), file.getBadgeNumber(), election.getName(),
                serverUrl + VERIFY_PATH + file.getVerificationCode());
        byte[] pdf = new BadgeRenderer(renderer).pdf(List.of(card), locale, file.getBadgeNumber());

        LOG.info(() -> "Badge of observer " + observerCode + " for election " + electionId + " rendered, "
                + pdf.length + " bytes");
        return pdf;
    }

    /** Checks a verification code from a badge's QR code; empty when no badge has that code. */
    @PermitAll
    public Optional<BadgeCheck> verify(String code) {
        if (!VerificationCodes.isWellFormed(code)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Accreditation.BY_VERIFICATION_CODE, Accreditation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(file -> {
                    Observer observer = file.getObserver();
                    boolean valid = file.getStep() == AccreditationStep.ACCREDITED
                            && observer.getStatus() != ObserverStatus.RETIRED;
                    return new BadgeCheck(valid, observer.getFirstName() + " " + observer.getLastName(),
                            file.getBadgeNumber(), em.find(Election.class, file.getElectionId()).getName());
                });
    }

    private String place(long electionId, String observerCode, ResourceBundle labels, Locale locale) {
        Optional<Deployment> current = deployments.current(electionId, observerCode);
        if (current.isEmpty()) {
            return labels.getString("badge.notDeployed");
        }
        Deployment deployment = current.get();
        return switch (deployment.getPlaceKind()) {
            case RESERVE -> labels.getString("badge.reserve");
            case ADMIN_UNIT -> format(labels, "place.unit", locale,
                    em.find(AdminUnitEntity.class, deployment.getAdminUnitId()).getName(), deployment.getPlaceCode());
            case POLLING_CENTRE -> format(labels, "place.centre", locale,
                    em.find(PollingCentreEntity.class, deployment.getPollingCentreId()).getName());
            case POLLING_STATION -> format(labels, "place.station", locale, deployment.getPlaceCode(),
                    em.find(PollingStationEntity.class, deployment.getPollingStationId()).getCentre().getName());
        };
    }

    private static String format(ResourceBundle labels, String key, Locale locale, Object... arguments) {
        return new MessageFormat(labels.getString(key), locale).format(arguments);
    }
}
