package ml.modele.observation.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormKind;
import ml.modele.observation.domain.submission.CorrectionReader;
import ml.modele.observation.domain.submission.ImageType;
import ml.modele.observation.domain.submission.Submission;
import ml.modele.observation.domain.submission.SubmissionAttachment;
import ml.modele.observation.domain.submission.SubmissionError;
import ml.modele.observation.domain.submission.VerificationItem;
import ml.modele.observation.domain.submission.VerificationKind;
import ml.modele.observation.domain.submission.VerificationStatus;
import ml.modele.observation.domain.security.Role;

/**
 * Photos of result sheets: the EVA attaches a photo to a results submission (JPEG or PNG,
 * recognised by its bytes, at most {@value #MAX_BYTES} bytes, stored with its SHA-256), enters the
 * figures read on it, and each figure that differs from the stored one opens a PHOTO_MISMATCH
 * item of the verification queue.
 */
@Stateless
@RolesAllowed({Role.Names.EVA_DATA_MANAGER, Role.Names.TECHNICAL_COORDINATOR, Role.Names.ADMINISTRATOR})
public class PhotoService {

    /** Largest photo accepted: 5 MiB, several times a phone photo of a sheet at usual JPEG quality. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(PhotoService.class.getName());

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private FormSetService formSets;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** Stores a photo of the result sheet of a results submission and returns it. */
    public SubmissionAttachment attachPhoto(long submissionId, String fileName, byte[] content) {
        Submission submission = results(submissionId);
        String name = photoName(fileName);
        ImageType type = checkedType(name, content);

        String user = session.getCallerPrincipal().getName();
        SubmissionAttachment photo = new SubmissionAttachment(submission, name, type, content, sha256(content), user,
                Instant.now(clock));
        em.persist(photo);
        em.flush();
        LOG.info(() -> "Photo " + photo.getId() + " (" + type + ", " + content.length + " bytes, sha256 "
                + photo.getSha256() + ") attached to submission " + submissionId + " of observer "
                + submission.getObserverCode() + " by " + user);
        return photo;
    }

    /** Returns the name a photo is stored under: the file name as sent, or "photo" when there is none. */
    public static String photoName(String fileName) {
        return fileName == null || fileName.isBlank() ? "photo" : fileName.strip();
    }

    /**
     * Returns the type of a photo read from its bytes.
     *
     * @throws UserInputException when the file is empty, larger than {@value #MAX_BYTES} bytes, or
     *                            neither JPEG nor PNG
     */
    public static ImageType checkedType(String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw new UserInputException("photo.error.empty", name);
        }
        if (content.length > MAX_BYTES) {
            throw new UserInputException("photo.error.tooLarge", name, Integer.toString(content.length / 1024),
                    Integer.toString(MAX_BYTES / 1024));
        }
        return ImageType.of(content).orElseThrow(() -> new UserInputException("photo.error.type", name));
    }

    /** Returns one photo of a submission. */
    public SubmissionAttachment photo(long submissionId, long photoId) {
        SubmissionAttachment photo = em.find(SubmissionAttachment.class, photoId);
        if (photo == null || !photo.getSubmission().getId().equals(submissionId)) {
            throw new UserInputException("photo.error.notFound", Long.toString(photoId), Long.toString(submissionId));
        }
        return photo;
    }

    /** Returns the photos of a submission, oldest first. */
    public List<SubmissionAttachment> photos(long submissionId) {
        return em.createNamedQuery(SubmissionAttachment.OF_SUBMISSION, SubmissionAttachment.class)
                .setParameter("submission", submissionId)
                .getResultList();
    }

    /**
     * Compares the figures read on the photo with the stored ones and opens a PHOTO_MISMATCH item
     * when any differs.
     *
     * @param codedFigures figures as an observer types them, e.g. "A450 B312 C12 D300 E180 F120"
     * @return the differences as "code photo/stored", empty when the figures agree
     */
    public List<String> compareWithPhoto(long submissionId, String codedFigures) {
        Submission submission = results(submissionId);
        if (photos(submissionId).isEmpty()) {
            throw new UserInputException("photo.error.noPhoto", submission.getObserverCode());
        }
        FormDefinition form = formSets.of(submission.getElectionId()).formSet().form(submission.getFormCode())
                .orElseThrow(() -> new UserInputException("verification.error.formGone", submission.getFormCode()));
        CorrectionReader.Correction read = CorrectionReader.read(form, codedFigures);
        if (!read.errors().isEmpty()) {
            SubmissionError error = read.errors().get(0);
            throw new UserInputException("verification.error.values", codedFigures == null ? "" : codedFigures.strip(),
                    error.questionCode() + (error.value().isEmpty() ? "" : "=" + error.value()),
                    error.expected().isEmpty() ? String.join(" ", form.questionsByCode().keySet()) : error.expected());
        }

        Map<String, String> stored = submission.values();
        List<String> codes = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, String> figure : read.answers().entrySet()) {
            String storedValue = stored.get(figure.getKey());
            if (!figure.getValue().equals(storedValue)) {
                codes.add(figure.getKey());
                differences.add(figure.getKey() + " " + figure.getValue() + "/" + (storedValue == null ? "-" : storedValue));
            }
        }
        settlePhotoReading(submission, differences);
        if (!differences.isEmpty()) {
            // NOTE: the open item does not stop the sheet from being counted; only the EVA's
            // decision on it (a correction or a rejection) changes the tabulation.
            em.persist(new VerificationItem(VerificationKind.PHOTO_MISMATCH, submission, null, String.join(" ", codes),
                    String.join(", ", differences), Instant.now(clock)));
            LOG.info(() -> "Photo of submission " + submissionId + " differs from the stored figures: " + differences);
        }
        return differences;
    }

    /** Closes the open request to read the observer's photo, now that its figures were entered. */
    private void settlePhotoReading(Submission submission, List<String> differences) {
        String outcome = differences.isEmpty() ? "figures agree" : "differences " + String.join(", ", differences);
        Instant now = Instant.now(clock);
        for (VerificationItem item : em.createNamedQuery(VerificationItem.OPEN_OF_SUBMISSION, VerificationItem.class)
                .setParameter("submission", submission.getId())
                .getResultList()) {
            if (item.getKind() == VerificationKind.PHOTO_TO_READ) {
                item.decide(VerificationStatus.Decision.ACCEPT, session.getCallerPrincipal().getName(), outcome, now);
            }
        }
    }

    private Submission results(long submissionId) {
        Submission submission = em.find(Submission.class, submissionId);
        if (submission == null || submission.getFormKind() != FormKind.RESULTS) {
            throw new UserInputException("photo.error.noSheet", Long.toString(submissionId));
        }
        return submission;
    }

    /** Returns the SHA-256 of the bytes in lower-case hexadecimal. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
