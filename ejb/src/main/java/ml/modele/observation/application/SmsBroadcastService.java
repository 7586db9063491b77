package ml.modele.observation.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import ml.modele.observation.domain.accreditation.AccreditationStep;
import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.smpp.codec.Alphabet;
import ml.modele.observation.smpp.codec.CodecSettings;
import ml.modele.observation.smpp.codec.Gsm7;
import ml.modele.observation.smpp.codec.OutboundEncoder;

/**
 * SMS broadcast to a filtered set of observers (for example every OCT of Mopti not accredited
 * yet). Each recipient gets one row in the SMS outbox, PENDING until the outbox worker submits it
 * to the operator's SMSC, all in one transaction with the broadcast record and its audit entry.
 *
 * <p>Number choice: the observer's first verified number in registry order, else their first
 * number even though it is unverified (counted and shown on screen, because a wrong number
 * costs one SMS while no message loses the observer). Observers without any number are counted
 * and skipped.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT})
public class SmsBroadcastService {

    private static final Logger LOG = Logger.getLogger(SmsBroadcastService.class.getName());

    /** Maximum text length in characters, the size of the outbox's text column. */
    public static final int MAX_TEXT = 2000;

    /** Rows per multi-row INSERT into the outbox. */
    private static final int INSERT_BATCH = 500;

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** Counts the recipients and checks the text, without queuing anything. */
    public BroadcastPreview preview(long electionId, BroadcastFilter filter, String text) {
        election(electionId);
        return preview(recipients(electionId, filter), text == null ? "" : text);
    }

    /**
     * Queues the text for every recipient of the filter.
     *
     * @throws UserInputException when the text is empty or too long, or no observer has a number
     */
    public BroadcastSummary queue(long electionId, BroadcastFilter filter, String rawText) {
        Election election = election(electionId);
        String text = rawText == null ? "" : rawText.strip();
        if (text.isEmpty()) {
            throw new UserInputException("broadcast.error.textMissing");
        }
        if (text.length() > MAX_TEXT) {
            throw new UserInputException("broadcast.error.textTooLong", text.length(), MAX_TEXT);
        }
        List<Recipient> recipients = recipients(electionId, filter);
        BroadcastPreview preview = preview(recipients, text);
        if (preview.recipients() == 0) {
            throw new UserInputException("broadcast.error.noRecipient", preview.observers());
        }

        String actor = session.getCallerPrincipal().getName();
        Instant now = Instant.now(clock);
        String summary = summary(filter);
        em.createNativeQuery("INSERT INTO sms_broadcast (election_id, text, filter_summary, recipients, unverified,"
                        + " without_phone, alphabet, segments, created_at, created_by)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, electionId)
                .setParameter(2, text)
                .setParameter(3, summary)
                .setParameter(4, preview.recipients())
                .setParameter(5, preview.unverified())
                .setParameter(6, preview.withoutPhone())
                .setParameter(7, preview.gsm7() ? Alphabet.GSM7.name() : Alphabet.UCS2.name())
                .setParameter(8, preview.segments())
                .setParameter(9, Timestamp.from(now))
                .setParameter(10, actor)
                .executeUpdate();
        long broadcastId = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        insertOutbound(broadcastId, recipients, text, now);

        audit.record(actor, AuditAction.SMS_BROADCAST_QUEUED, "SmsBroadcast", Long.toString(broadcastId),
                "election " + electionId + ", " + summary + ", " + preview.recipients() + " recipients ("
                        + preview.unverified() + " unverified numbers), " + preview.withoutPhone()
                        + " without a number, " + preview.segments() + " segments each");
        LOG.info(() -> "SMS broadcast " + broadcastId + " of election " + electionId + " queued by " + actor + ": "
                + preview.recipients() + " recipients, " + preview.withoutPhone() + " without a number");
        return new BroadcastSummary(broadcastId, now, actor, text, summary, preview.recipients(), preview.unverified(),
                preview.withoutPhone(), preview.recipients(), 0, 0, 0);
    }

    /** Returns the latest broadcasts of an election, newest first, with where their messages are. */
    public List<BroadcastSummary> recent(long electionId, int max) {
        List<?> rows = em.createNativeQuery("SELECT b.id, b.created_at, b.created_by, b.text, b.filter_summary,"
                        + " b.recipients, b.unverified, b.without_phone,"
                        + " COALESCE(SUM(o.status IN ('PENDING', 'SENDING')), 0), COALESCE(SUM(o.status = 'SENT'), 0),"
                        + " COALESCE(SUM(o.status = 'FAILED'), 0), COALESCE(SUM(o.status = 'UNKNOWN'), 0)"
                        + " FROM sms_broadcast b LEFT JOIN sms_outbound o ON o.broadcast_id = b.id"
                        + " WHERE b.election_id = ?1 GROUP BY b.id ORDER BY b.id DESC LIMIT ?2")
                .setParameter(1, electionId)
                .setParameter(2, max)
                .getResultList();
        List<BroadcastSummary> summaries = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            summaries.add(new BroadcastSummary(((Number) c[0]).longValue(), instant(c[1]), (String) c[2],
                    (String) c[3], (String) c[4], ((Number) c[5]).intValue(), ((Number) c[6]).intValue(),
                    ((Number) c[7]).intValue(), number(c[8]), number(c[9]), number(c[10]), number(c[11])));
        }
        return summaries;
    }

    private static BroadcastPreview preview(List<Recipient> recipients, String text) {
        int withPhone = 0;
        int unverified = 0;
        for (Recipient recipient : recipients) {
            if (recipient.number() != null) {
                withPhone++;
                if (!recipient.verified()) {
                    unverified++;
                }
            }
        }
        Set<String> unsupported = new LinkedHashSet<>();
        text.codePoints().filter(c -> c > Character.MAX_VALUE || Gsm7.septetLength((char) c) == 0)
                .forEach(c -> unsupported.add(new String(Character.toChars(c))));
        int segments = text.isEmpty() ? 0 : new OutboundEncoder(CodecSettings.DEFAULT).encode(text, 0).size();
        return new BroadcastPreview(recipients.size(), withPhone, unverified, recipients.size() - withPhone,
                unsupported.isEmpty(), text.codePointCount(0, text.length()), segments, String.join(" ", unsupported));
    }

    /** Returns the observers of the filter with the number each one gets the message on. */
    private List<Recipient> recipients(long electionId, BroadcastFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<Integer, Object> parameters = new LinkedHashMap<>();
        parameters.put(1, electionId);
        conditions.add("o.status <> 'RETIRED'");

        if (filter.category() != null) {
            conditions.add("o.category = ?2");
            parameters.put(2, filter.category().name());
        }
        if (filter.region() != null && !filter.region().isBlank()) {
            conditions.add("o.region_code = ?3");
            parameters.put(3, filter.region().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.organisation() != null && !filter.organisation().isBlank()) {
            conditions.add("po.code = ?4");
            parameters.put(4, filter.organisation().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.step() != null) {
            conditions.add("COALESCE(a.step, 'CANDIDATE') = ?5");
            parameters.put(5, filter.step().name());
        }
        if (filter.notAccredited()) {
            conditions.add("COALESCE(a.step, 'CANDIDATE') <> '" + AccreditationStep.ACCREDITED.name() + "'");
        }

        Query query = em.createNativeQuery("SELECT o.code, ph.number, ph.verified FROM observer o"
                + " JOIN partner_organisation po ON po.id = o.organisation_id"
                + " LEFT JOIN accreditation a ON a.observer_id = o.id AND a.election_id = ?1"
                + " LEFT JOIN (SELECT observer_id, number, verified, ROW_NUMBER() OVER (PARTITION BY observer_id"
                + " ORDER BY verified DESC, position, id) AS choice FROM observer_phone) ph"
                + " ON ph.observer_id = o.id AND ph.choice = 1"
                + " WHERE " + String.join(" AND ", conditions) + " ORDER BY o.code");
        parameters.forEach(query::setParameter);

        List<Recipient> recipients = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            recipients.add(new Recipient((String) c[0], (String) c[1], c[2] != null && truthy(c[2])));
        }
        return recipients;
    }

    private void insertOutbound(long broadcastId, List<Recipient> recipients, String text, Instant now) {
        List<Recipient> withPhone = recipients.stream().filter(recipient -> recipient.number() != null).toList();
        for (int start = 0; start < withPhone.size(); start += INSERT_BATCH) {
            List<Recipient> batch = withPhone.subList(start, Math.min(withPhone.size(), start + INSERT_BATCH));
            StringBuilder sql = new StringBuilder("INSERT INTO sms_outbound (recipient, text, status, created_at,"
                    + " broadcast_id) VALUES ");
            for (int i = 0; i < batch.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?").append(3 * i + 1).append(", ?").append(3 * i + 2)
                        .append(", 'PENDING', ?").append(3 * i + 3).append(", ").append(broadcastId).append(')');
            }
            Query insert = em.createNativeQuery(sql.toString());
            Timestamp createdAt = Timestamp.from(now);
            for (int i = 0; i < batch.size(); i++) {
                insert.setParameter(3 * i + 1, batch.get(i).number());
                insert.setParameter(3 * i + 2, text);
                insert.setParameter(3 * i + 3, createdAt);
            }
            insert.executeUpdate();
        }
    }

    private static String summary(BroadcastFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.category() != null) {
            parts.add("category " + filter.category());
        }
        if (filter.region() != null && !filter.region().isBlank()) {
            parts.add("région " + filter.region().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.organisation() != null && !filter.organisation().isBlank()) {
            parts.add("organisation " + filter.organisation().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.step() != null) {
            parts.add("step " + filter.step());
        }
        if (filter.notAccredited()) {
            parts.add("not accredited");
        }
        return parts.isEmpty() ? "all observers" : String.join(", ", parts);
    }

    private Election election(long electionId) {
        Election election = em.find(Election.class, electionId);
        if (election == null) {
            throw new UserInputException("election.error.notFound", Long.toString(electionId));
        }
        return election;
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean flag ? flag : ((Number) value).intValue() != 0;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    /** An observer of the filter and the number chosen for them; number is null when they have none. */
    private record Recipient(String observerCode, String number, boolean verified) {
    }
}
