package ml.modele.observation.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Election night as TabulationIT and CommuniqueIT seed it over REST. The administrator draws a PVT
 * sample of the ongoing demonstration election by région and leaves it unsealed. Then the
 * administrator imports one fictitious observer per sampled station and deploys observer i to
 * sampled station i.
 */
final class SampledElection {

    /** A sampled station with its stratum, registered voters and commune. */
    record Station(String code, String stratum, int registered, String commune) {
    }

    /** Figures of a result sheet, which the RES form codes as questions A to F. */
    record Sheet(int registered, int voters, int nullBallots, int valid, int yes, int no) {

        String coded() {
            return "A" + registered + " B" + voters + " C" + nullBallots + " D" + valid + " E" + yes + " F" + no;
        }
    }

    /**
     * The fictitious observers of one test class: their last name, the prefix of their national
     * ids and the national number of the first one's phone. Each class takes its own block of
     * phone numbers, outside the demonstration roster's and the other classes' blocks.
     */
    record Observers(String lastName, String nationalIdPrefix, int firstPhone) {

        String nationalId(int index) {
            return String.format("%s%04d", nationalIdPrefix, index);
        }

        /** Returns the international number, without +, of observer {@code index}'s phone. */
        String phone(int index) {
            return "223" + (firstPhone + index);
        }
    }

    /**
     * What {@link #seed} stored: the election, the sampled stations in drawn order, the stations
     * per stratum in the frame (N_h) and the observers' codes, observer i being at station i.
     */
    record Sample(long electionId, List<Station> stations, Map<String, Integer> frameSize, List<String> codes) {
    }

    private SampledElection() {
    }

    /**
     * Waits for the demonstration election, at least 3,000 observers in the registry and the bind
     * of {@code smsc}. Then draws a sample of {@code size} stations and deploys {@code observers} to it.
     */
    static Sample seed(URI base, TestSmsc smsc, int size, Observers observers) throws Exception {
        long electionId = ItDatabase.awaitOngoingElection(3000);
        smsc.awaitBound(120_000);
        WebSession admin = WebSession.loggedIn(base, "admin", "Admin-IT-2026");

        HttpResponse<String> drawn = admin.postForm("api/pvt/draw/" + electionId,
                "scheme=REGION&sizeMode=GIVEN&size=" + size + "&reserve=0&seed=20230618");
        assertEquals(200, drawn.statusCode(), drawn.body());
        Sample sample = new Sample(electionId, new ArrayList<>(), new HashMap<>(), new ArrayList<>());
        readSample(sample);
        assertEquals(size, sample.stations().size());

        String file = "sampled-election-" + observers.nationalIdPrefix().toLowerCase() + ".csv";
        HttpResponse<String> imported = admin.post("api/observers/import?name=" + file,
                observerFile(sample.stations(), observers).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8");
        assertEquals(200, imported.statusCode(), imported.body());
        try (Connection db = ItDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT code FROM observer WHERE national_id = ?")) {
            for (int i = 0; i < size; i++) {
                query.setString(1, observers.nationalId(i));
                try (ResultSet row = query.executeQuery()) {
                    assertTrue(row.next(), "observer " + i + " not imported: " + imported.body());
                    sample.codes().add(row.getString(1));
                }
            }
        }

        for (int i = 0; i < size; i++) {
            HttpResponse<String> assigned = admin.postForm("api/deployment/" + electionId + "/assign", "observer="
                    + sample.codes().get(i) + "&kind=POLLING_STATION&place=" + sample.stations().get(i).code());
            assertEquals(200, assigned.statusCode(), assigned.body());
        }
        return sample;
    }

    private static void readSample(Sample sample) throws Exception {
        try (Connection db = ItDatabase.connect(); PreparedStatement query = db.prepareStatement("SELECT st.stratum_key,"
                + " st.frame_stations, s.station_code, p.registered_voters, u.code FROM pvt_sample sa"
                + " JOIN pvt_sample_stratum st ON st.sample_id = sa.id"
                + " LEFT JOIN pvt_sample_station s ON s.stratum_id = st.id AND s.state = 'SAMPLED'"
                + " LEFT JOIN polling_station p ON p.id = s.station_id LEFT JOIN admin_unit u ON u.id = p.commune_id"
                + " WHERE sa.election_id = ? ORDER BY st.position, s.draw_rank")) {
            query.setLong(1, sample.electionId());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sample.frameSize().put(rows.getString(1), rows.getInt(2));
                    if (rows.getString(3) != null) {
                        sample.stations().add(new Station(rows.getString(3), rows.getString(1), rows.getInt(4),
                                rows.getString(5)));
                    }
                }
            }
        }
    }

    /** Returns the registry file of one observer per station, living in the station's commune. */
    private static String observerFile(List<Station> stations, Observers observers) {
        StringBuilder csv = new StringBuilder("nom;prenom;sexe;annee_de_naissance;organisation;categorie;"
                + "code_commune;langues;nina;telephones;statut\n");
        for (int i = 0; i < stations.size(); i++) {
            csv.append(observers.lastName()).append(";Observateur ").append(i).append(';')
                    .append(i % 2 == 0 ? "F" : "M").append(";1990;AJCAD;OCT;").append(stations.get(i).commune())
                    .append(";bambara, français;").append(observers.nationalId(i)).append(";+")
                    .append(observers.phone(i)).append(";actif\n");
        }
        return csv.toString();
    }
}
