package ml.modele.observation.interfaces.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import ml.modele.observation.application.ElectionService;
import ml.modele.observation.domain.election.Election;

/** Elections for scripts: each with its map version, ballot options and calendar. */
@Path("elections")
@Produces(MediaType.APPLICATION_JSON)
public class ElectionResource {

    @EJB
    private ElectionService elections;

    @GET
    public List<Map<String, Object>> list() {
        return elections.list().stream().map(ElectionResource::json).toList();
    }

    private static Map<String, Object> json(Election election) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", election.getId());
        json.put("name", election.getName());
        json.put("type", election.getType().name());
        json.put("date", election.getElectionDate().toString());
        json.put("mapVersion", election.getMapVersionId());
        json.put("status", election.getStatus().name());
        json.put("options", election.getOptions().stream()
                .map(option -> Map.of("code", option.getCode(), "label", option.getLabel())).toList());
        json.put("phases", election.getPhases().stream()
                .map(phase -> Map.of("name", phase.getName(), "start", phase.getStartDate().toString(),
                        "end", phase.getEndDate().toString()))
                .toList());
        return json;
    }
}
