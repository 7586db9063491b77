package ml.modele.observation.application.observer;

import java.security.SecureRandom;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.application.AuditTrail;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.observer.Observer;
import ml.modele.observation.domain.observer.ObserverCode;
import ml.modele.observation.domain.observer.ObserverPhone;
import ml.modele.observation.domain.observer.ObserverPin;
import ml.modele.observation.domain.observer.ObserverStatus;
import ml.modele.observation.domain.observer.PhoneNumbers;
import ml.modele.observation.domain.observer.PinPolicy;
import ml.modele.observation.domain.submission.Language;
import ml.modele.observation.infrastructure.security.PasswordHasher;

/**
 * Login of observers to the web form with a one-time PIN: the observer types their code, the
 * platform sends a PIN by SMS to each of their verified numbers through the SMS outbox, and the
 * observer logs in with code and PIN. {@link PinPolicy} sets the limits. Every PIN sent and
 * every login, right or wrong, goes to the audit trail under the observer code.
 * <p>
 * Callers are not platform users, so the service is open to all: it is the PIN that proves
 * who the caller is.
 */
@Stateless
@PermitAll
public class ObserverPinService {

    private static final Logger LOG = Logger.getLogger(ObserverPinService.class.getName());
    private static final String SMS_BUNDLE = "ml.modele.observation.i18n.sms";
    private static final String TARGET = "Observer";
    private static final ZoneId MALI = ZoneId.of("Africa/Bamako");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private PasswordHasher hasher;

    private final Clock clock = Clock.systemUTC();

    /**
     * Sends a new PIN to the observer's verified numbers and returns those numbers, masked.
     *
     * @throws UserInputException when the code is invalid or unknown, the observer is retired from
     *                            the registry, has no verified number, or requested too often
     */
    public List<String> requestPin(String typedCode) {
        Observer observer = observer(typedCode);
        if (observer.getStatus() == ObserverStatus.RETIRED) {
            throw new UserInputException("observerLogin.error.retired", observer.getCode());
        }
        Instant now = Instant.now(clock);

        List<Instant> earlier = pinsSince(observer, now.minus(PinPolicy.REQUEST_WINDOW)).stream()
                .map(ObserverPin::getCreatedAt)
                .toList();
        Optional<Instant> next = PinPolicy.nextRequestAt(earlier, now);
        if (next.isPresent()) {
            throw new UserInputException("observerLogin.error.tooSoon", observer.getCode(),
                    DateTimeFormatter.ofPattern("HH:mm").format(next.get().atZone(MALI)));
        }
        List<String> phones = observer.getPhones().stream()
                .filter(ObserverPhone::isVerified)
                .map(ObserverPhone::getNumber)
                .toList();
        if (phones.isEmpty()) {
            throw new UserInputException("observerLogin.error.noVerifiedPhone", observer.getCode());
        }

        String pin = PinPolicy.generate(RANDOM);
        em.persist(new ObserverPin(observer.getId(), hasher.hash(pin), String.join(",", phones), now));
        String text = pinText(Language.ofSpokenLanguages(observer.getLanguages()), pin);
        for (String phone : phones) {
            em.createNativeQuery("INSERT INTO sms_outbound (recipient, text, status, created_at, secret)"
                            + " VALUES (?1, ?2, 'PENDING', ?3, TRUE)")
                    .setParameter(1, phone)
                    .setParameter(2, text)
                    .setParameter(3, java.sql.Timestamp.from(now))
                    .executeUpdate();
        }

        List<String> masked = phones.stream().map(PhoneNumbers::masked).toList();
        audit.record(observer.getCode(), AuditAction.OBSERVER_PIN_SENT, TARGET, observer.getCode(),
                "PIN sent to " + String.join(", ", masked));
        LOG.info(() -> "Login PIN queued for observer " + observer.getCode() + " to " + masked);
        return masked;
    }

    /** Checks a code and PIN; a wrong PIN is counted against the observer's latest PIN. */
    public ObserverLoginOutcome login(String typedCode, String typedPin) {
        Observer observer = observer(typedCode);
        if (observer.getStatus() == ObserverStatus.RETIRED) {
            failed(observer, "observer is retired");
            return ObserverLoginOutcome.failure("observerLogin.error.retired", observer.getCode());
        }
        Instant now = Instant.now(clock);
        Optional<ObserverPin> latest = pinsSince(observer, now.minus(PinPolicy.VALIDITY)).stream().findFirst();
        Optional<String> pin = PinPolicy.normalise(typedPin);
        if (pin.isEmpty()) {
            return ObserverLoginOutcome.failure("observerLogin.error.pinFormat", typedPin == null ? "" : typedPin.strip(),
                    PinPolicy.LENGTH);
        }
        if (latest.isEmpty() || latest.get().state(now) == ObserverPin.State.EXPIRED
                || latest.get().state(now) == ObserverPin.State.USED) {
            failed(observer, "no usable PIN");
            return ObserverLoginOutcome.failure("observerLogin.error.noPin", observer.getCode());
        }
        ObserverPin current = latest.get();
        if (current.state(now) == ObserverPin.State.EXHAUSTED) {
            failed(observer, "PIN " + current.getId() + " has no tries left");
            return ObserverLoginOutcome.failure("observerLogin.error.exhausted", observer.getCode());
        }
        if (!hasher.verify(pin.get(), current.getPinHash())) {
            int left = current.recordFailure();
            failed(observer, "wrong PIN, " + left + " tries left on PIN " + current.getId());
            return left == 0 ? ObserverLoginOutcome.failure("observerLogin.error.exhausted", observer.getCode())
                    : ObserverLoginOutcome.failure("observerLogin.error.wrongPin", observer.getCode(), left);
        }

        current.markUsed(now);
        audit.record(observer.getCode(), AuditAction.OBSERVER_LOGGED_IN, TARGET, observer.getCode(),
                "web form login with PIN " + current.getId());
        LOG.info(() -> "Observer " + observer.getCode() + " logged in to the web form");
        Language language = Language.ofSpokenLanguages(observer.getLanguages());
        return ObserverLoginOutcome.success(new ObserverIdentity(observer.getId(), observer.getCode(),
                observer.getFirstName() + " " + observer.getLastName(), language.locale().getLanguage()));
    }

    /** Returns the registry row of a typed observer code, or throws with the reason. */
    private Observer observer(String typedCode) {
        String code = typedCode == null ? "" : typedCode.replaceAll("\\s", "");
        Optional<ObserverCode.Problem> problem = ObserverCode.check(code);
        if (problem.isPresent()) {
            String key = problem.get() == ObserverCode.Problem.BAD_CHECK_DIGIT
                    ? "observerLogin.error.checkDigit" : "observerLogin.error.codeFormat";
            throw new UserInputException(key, code, ObserverCode.LENGTH);
        }
        return em.createNamedQuery(Observer.BY_CODE, Observer.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UserInputException("observerLogin.error.unknownCode", code));
    }

    private List<ObserverPin> pinsSince(Observer observer, Instant since) {
        return em.createNamedQuery(ObserverPin.OF_OBSERVER_SINCE, ObserverPin.class)
                .setParameter("observer", observer.getId())
                .setParameter("since", since)
                .getResultList();
    }

    private void failed(Observer observer, String details) {
        audit.record(observer.getCode(), AuditAction.OBSERVER_LOGIN_FAILED, TARGET, observer.getCode(), details);
        LOG.info(() -> "Rejected the web login of observer " + observer.getCode() + ": " + details);
    }

    private static String pinText(Language language, String pin) {
        ResourceBundle bundle = ResourceBundle.getBundle(SMS_BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        // The PIN is passed as text so that MessageFormat does not group its digits.
        return new MessageFormat(bundle.getString("sms.pin"), language.locale())
                .format(new Object[] {pin, Long.toString(PinPolicy.VALIDITY.toMinutes())});
    }
}
