package ml.modele.observation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ml.modele.observation.domain.security.Role;
import ml.modele.observation.infrastructure.reports.SampleReport;
import ml.modele.observation.infrastructure.reports.SampleWorkbook;

/** Exports of an election's PVT sample: the PDF by région and the Excel workbook. */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.MISSION_CHIEF, Role.Names.TECHNICAL_COORDINATOR,
    Role.Names.ANALYST, Role.Names.SECRETARIAT, Role.Names.EVA_DATA_MANAGER})
public class SampleExports {

    private static final Logger LOG = Logger.getLogger(SampleExports.class.getName());

    @EJB
    private SampleViews views;

    @EJB
    private ElectionService elections;

    @Inject
    private SampleReport report;

    private final Clock clock = Clock.systemUTC();

    /** Returns the sample list as a PDF by région. */
    public byte[] pdf(long electionId, Locale locale) {
        SampleView sample = sample(electionId);
        long start = System.nanoTime();
        byte[] pdf = report.pdf(sample, locale, Instant.now(clock));
        LOG.info(() -> "PVT sample PDF of election " + electionId + " rendered: " + sample.stations().size()
                + " stations, " + pdf.length + " bytes, " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return pdf;
    }

    /** Returns the sample as an .xlsx workbook. */
    public byte[] xlsx(long electionId, Locale locale) {
        return SampleWorkbook.xlsx(sample(electionId), locale, Instant.now(clock));
    }

    private SampleView sample(long electionId) {
        return views.find(electionId).orElseThrow(() -> new UserInputException("sample.error.none",
                elections.find(electionId).getName()));
    }
}
