package ml.modele.observation.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import ml.modele.observation.simulator.ElectionDaySimulation;
import ml.modele.observation.simulator.SimulationReport;
import ml.modele.observation.simulator.SimulatorOptions;

/**
 * A compressed election day. The simulator sets up the demonstration referendum over REST: it
 * accredits and deploys the 3,000 OCT, sampled stations first. It delivers their SMS (every
 * form, typing errors and corrections, UCS-2 and concatenated messages, SMSC redeliveries)
 * through its cloudhopper SMSC. Then it checks that the platform stored each message once and
 * replied to it once with the SMS grammar's reply, that the PVT interval contains the true YES
 * share and turnout, and that the dashboard's and the deployment's coverage equal what was sent.
 *
 * <p>The class takes a free port for the simulator's SMSC and its own database folder before
 * Arquillian reads arquillian.xml, so that its 15,000 messages and deployments stay out of the
 * database that the other test classes share. Replies are not capped per minute here, because
 * the compressed day has each observer text several times a minute.
 */
@ExtendWith({ElectionDayIT.Prepare.class, ArquillianExtension.class})
@RunAsClient
class ElectionDayIT {

    private static final int SMSC_PORT;

    static {
        try {
            try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                SMSC_PORT = probe.getLocalPort();
            }
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
        System.setProperty("it.smsc.host", "127.0.0.1");
        System.setProperty("it.smsc.port", String.valueOf(SMSC_PORT));
        System.setProperty("it.db.dir", System.getProperty("it.db.dir") + "-election-day");
        System.setProperty("it.sms.replies-per-minute", "1000");
    }

    /** Initialises the test class, and so sets its properties, before the Arquillian extension runs. */
    static final class Prepare implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) throws ClassNotFoundException {
            Class.forName(ElectionDayIT.class.getName(), true, ElectionDayIT.class.getClassLoader());
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("micro.dir"), "observation.war"));
    }

    /** Deployment URL from Arquillian; only its port is used, because its host may not be loopback. */
    @ArquillianResource
    private URL deploymentUrl;

    @Test
    void compressedDayMatchesWhatWasSent() throws Exception {
        SimulatorOptions options = SimulatorOptions.parse(List.of(
                "--platform", "http://127.0.0.1:" + deploymentUrl.getPort() + "/observation/",
                "--admin-password", "Admin-IT-2026",
                "--smsc-port", String.valueOf(SMSC_PORT),
                "--system-id", "observation",
                "--smpp-password", "It-2026",
                "--observers", "3000",
                "--sample-size", "300",
                "--day-seconds", "40",
                "--bare-messages", "5000",
                "--bind-timeout-seconds", "120"));

        SimulationReport report = new ElectionDaySimulation(options).run();
        report.print(System.out);

        assertTrue(report.messages() >= 11_000, "messages planned: " + report.messages());
        assertTrue(report.checks().size() >= 18, "checks run: " + report.checks().size());
        for (SimulationReport.Check check : report.checks()) {
            assertTrue(check.passed(), check.toString());
        }
    }
}
