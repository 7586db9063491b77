package ml.modele.observation.application.observer;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.application.AuditTrail;
import ml.modele.observation.application.CurrentElection;
import ml.modele.observation.application.FormSetService;
import ml.modele.observation.application.PhotoService;
import ml.modele.observation.application.SubmissionRecorder;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormKind;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.observer.ObserverCode;
import ml.modele.observation.domain.submission.Channel;
import ml.modele.observation.domain.submission.ImageType;
import ml.modele.observation.domain.submission.ObserverProfile;
import ml.modele.observation.domain.submission.ParsedSubmission;
import ml.modele.observation.domain.submission.SmsParser;
import ml.modele.observation.domain.submission.Submission;
import ml.modele.observation.domain.submission.SubmissionAttachment;
import ml.modele.observation.domain.submission.SubmissionStatus;
import ml.modele.observation.domain.submission.VerificationItem;
import ml.modele.observation.domain.submission.VerificationKind;
import ml.modele.observation.infrastructure.persistence.SqlObserverDirectory;

/**
 * The observers' web form and REST API: the forms of the ongoing election, the answers of one
 * form stored as a new version (channel WEB, the observer as author), and the photo of the
 * result sheet. Answers are written in the SMS form and go through the same {@link SmsParser}
 * and {@link SubmissionRecorder} as a coded SMS, so both channels apply the same rules.
 * <p>
 * Callers pass the identity that a PIN login produced; the web layer only calls this service
 * for a session with such a login.
 */
@Stateless
@PermitAll
public class ObserverWebService {

    private static final Logger LOG = Logger.getLogger(ObserverWebService.class.getName());

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private CurrentElection currentElection;

    @EJB
    private FormSetService formSets;

    @EJB
    private SubmissionRecorder recorder;

    @EJB
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** Returns the forms that observers fill, in the form set's order: those also sent by SMS. */
    public List<FormDefinition> forms() {
        return formSet(election()).forms().stream()
                .filter(form -> form.kind().smsAllowed())
                .toList();
    }

    /** Returns one of those forms. */
    public FormDefinition form(String formCode) {
        return forms().stream()
                .filter(form -> form.code().equals(formCode))
                .findFirst()
                .orElseThrow(() -> new UserInputException("observerForm.error.unknownForm",
                        formCode == null ? "" : formCode));
    }

    /** Returns the code of the station where the observer is deployed in the ongoing election, empty when none. */
    public String station(ObserverIdentity observer) {
        Election election = election();
        return directory(election).findByCode(ObserverCode.parse(observer.code()))
                .map(ObserverProfile::stationCode)
                .orElse("");
    }

    /**
     * Validates the answers of one form and stores them as a new version, or returns every
     * problem and stores nothing. For a checklist, which may be filled over several submissions,
     * the outcome also names the required questions that the observer's record still lacks.
     *
     * @param values  question code to the value as typed: a number, a choice digit, or choice digits
     *                for a multiple choice; empty and null values are skipped
     * @param comment free comment, may be empty
     */
    public WebSubmissionOutcome submit(ObserverIdentity observer, String formCode, Map<String, String> values,
                                       String comment) {
        Election election = election();
        FormDefinition form = form(formCode);
        SqlObserverDirectory directory = directory(election);
        WebFormReading reading = WebFormReading.read(new SmsParser(formSet(election), directory), form,
                observer.code(), values, comment);
        if (!reading.problems().isEmpty()) {
            // NOTE: unlike an SMS, nothing is kept of a rejected form, because the observer sees
            // every problem at once and sends the whole form again; a result sheet whose own
            // figures do not add up can then only be reported by SMS.
            return WebSubmissionOutcome.rejected(reading.problems());
        }

        ParsedSubmission parsed = reading.parsed();
        ObserverProfile profile = parsed.observer().orElseThrow();
        OptionalInt registered = profile.stationCode().isEmpty() ? OptionalInt.empty()
                : directory.registeredVoters(profile.stationCode());
        Submission submission = recorder.recordMessage(election.getId(), parsed, observer.observerId(),
                profile.stationCode(), registered.isPresent() ? registered.getAsInt() : null, Channel.WEB, null,
                Instant.now(clock));
        List<String> missing = reading.stillMissing(submission.values().keySet());
        LOG.info(() -> "Web form " + form.code() + " of observer " + observer.code() + " stored as version "
                + submission.getCurrentVersion() + " of submission " + submission.getId()
                + (missing.isEmpty() ? "" : ", required questions still missing: " + String.join(" ", missing)));
        return new WebSubmissionOutcome(submission.getId(), submission.getCurrentVersion(), profile.stationCode(),
                List.of(), missing);
    }

    /**
     * Stores a photo of the result sheet on the observer's results submission at their station,
     * and opens an item for the EVA to read it.
     *
     * @throws UserInputException when the observer has sent no result sheet yet, or the file is
     *                            not a JPEG or PNG image within the size limit
     */
    public SubmissionAttachment attachPhoto(ObserverIdentity observer, String fileName, byte[] content) {
        Election election = election();
        String station = station(observer);
        Submission sheet = em.createNamedQuery(Submission.OF_OBSERVER, Submission.class)
                .setParameter("election", election.getId())
                .setParameter("observer", observer.observerId())
                .getResultStream()
                .filter(submission -> submission.getFormKind() == FormKind.RESULTS)
                .filter(submission -> submission.getStatus() == SubmissionStatus.ACTIVE)
                .filter(submission -> station.equals(submission.getStationCode() == null ? ""
                        : submission.getStationCode()))
                .max(Comparator.comparing(Submission::getId))
                .orElseThrow(() -> new UserInputException("observerPhoto.error.noSheet", observer.code()));
        String name = PhotoService.photoName(fileName);
        ImageType type = PhotoService.checkedType(name, content);

        Instant now = Instant.now(clock);
        SubmissionAttachment photo = new SubmissionAttachment(sheet, name, type, content,
                PhotoService.sha256(content), observer.code(), now);
        photo.sentByObserver(observer.observerId(), station);
        em.persist(photo);
        em.persist(new VerificationItem(VerificationKind.PHOTO_TO_READ, sheet, null, null, name, now));
        em.flush();
        audit.record(observer.code(), AuditAction.OBSERVER_PHOTO_UPLOADED, "SubmissionAttachment",
                Long.toString(photo.getId()), "result-sheet photo of submission " + sheet.getId() + " at station "
                        + station + ", sha256 " + photo.getSha256());
        LOG.info(() -> "Photo " + photo.getId() + " (" + type + ", " + content.length + " bytes) sent by observer "
                + observer.code() + " for submission " + sheet.getId());
        return photo;
    }

    private Election election() {
        return currentElection.find().orElseThrow(() -> new UserInputException("observerForm.error.noElection"));
    }

    private FormSet formSet(Election election) {
        return formSets.of(election.getId()).formSet();
    }

    private SqlObserverDirectory directory(Election election) {
        return new SqlObserverDirectory(em.unwrap(Connection.class), election.getId(), election.getMapVersionId());
    }
}
