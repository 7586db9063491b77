package ml.modele.observation.interfaces.web.elections;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import ml.modele.observation.application.ElectionService;
import ml.modele.observation.domain.election.Election;

/** List of the elections the mission observes. */
@Named
@RequestScoped
public class ElectionListBean {

    @EJB
    private ElectionService elections;

    private List<Election> list;

    public List<Election> getElections() {
        if (list == null) {
            list = elections.list();
        }
        return list;
    }
}
