package ml.modele.observation.simulator;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Command line of the election-day simulator. Exit code 0 when every check passed, 1 when one
 * failed, 2 for invalid options and 3 when the run could not finish (platform unreachable, no
 * bind, set-up rejected).
 */
public final class SimulatorMain {

    private static final Logger LOG = Logger.getLogger(SimulatorMain.class.getName());

    private SimulatorMain() {
    }

    public static void main(String[] arguments) {
        List<String> list = List.of(arguments);
        if (list.contains("--help") || list.contains("-h")) {
            System.out.print(SimulatorOptions.help());
            return;
        }
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(list);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            SimulationReport report = new ElectionDaySimulation(options).run();
            report.print(System.out);
            System.exit(report.mismatches().isEmpty() ? 0 : 1);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "The simulation stopped before its checks", e);
            System.err.println("Simulation failed: " + e.getMessage());
            System.exit(3);
        }
    }
}
