package ml.modele.observation.interfaces.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ml.modele.observation.infrastructure.sms.SmsInboxCounts;
import ml.modele.observation.interfaces.rest.error.ExpectedValue;
import ml.modele.observation.interfaces.rest.error.InvalidParameterException;
import ml.modele.observation.interfaces.rest.error.RequestParameter;

/**
 * Read-only counts of the SMS inbox for scripts: {@code GET /api/sms/inbox/counts?since=ISO-instant}
 * (UTC, e.g. {@code 2026-06-18T06:00:00Z}; the epoch when left out) and {@code &senders=true} for
 * the count per sender. An unreadable {@code since} gets 400 with the {@code ApiError} body.
 */
@Path("sms/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class SmsInboxResource {

    @EJB
    private SmsInboxCounts counts;

    @GET
    @Path("counts")
    public Response counts(@QueryParam("since") String since,
                           @QueryParam("senders") @DefaultValue("false") boolean senders) {
        Instant from;
        try {
            from = since == null || since.isBlank() ? Instant.EPOCH : Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(RequestParameter.query("since"), since, new ExpectedValue.IsoInstant());
        }
        SmsInboxCounts.Counts result = counts.since(from, senders);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("since", from.toString());
        json.put("stored", result.stored());
        json.put("redeliveries", result.redeliveries());
        json.put("partial", result.partial());
        json.put("replyDecisions", result.replyDecisions());
        json.put("replies", result.replies());
        json.put("senders", result.bySender());
        return Response.ok(json).build();
    }
}
