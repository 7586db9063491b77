package ml.modele.observation.infrastructure.reports;

import java.util.Locale;
import java.util.Optional;

import ml.modele.observation.domain.communique.CommuniqueKind;

/**
 * Prints how long rendering a preliminary statement of eight pages or more takes: ten régions,
 * 60 checklist answers, the estimates with their chart, the official verdicts and a long
 * narrative in HTML. Not a test: wall-clock times depend on the machine. Round 1 includes class
 * loading, JIT warm-up and the one-time compilation of the template, so it is the cost of the
 * first statement after a server start; the later rounds are warm.
 *
 * <p>Usage: {@code CommuniqueTiming [rounds]}, 10 rounds by default.
 */
public final class CommuniqueTiming {

    /** Questions per checklist and narrative paragraphs that make the statement eight pages long or more. */
    private static final int QUESTIONS = 12;
    private static final int PARAGRAPHS = 68;

    private CommuniqueTiming() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        CommuniqueReport report = new CommuniqueReport(new ReportRenderer(),
                new MissionBranding("Mission d'observation MODELE-Mali", Optional.empty()));
        CommuniqueDocument document = new CommuniqueDocument(CommuniqueKind.PRELIMINARY_STATEMENT, 1, null, true,
                CommuniqueFixtures.referendum(QUESTIONS), CommuniqueFixtures.narrative(PARAGRAPHS),
                CommuniqueFixtures.narrative(PARAGRAPHS / 2), "0123456789abcdef".repeat(4));

        System.out.printf("%-6s %10s %6s %12s%n", "round", "render ms", "pages", "pdf bytes");
        double warmTotal = 0;
        double warmMax = 0;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            ReportRenderer.RenderedPdf pdf = report.render(document, Locale.FRENCH);
            double millis = (System.nanoTime() - start) / 1_000_000.0;
            System.out.printf("%-6d %10.1f %6d %12d%n", round, millis, pdf.pages(), pdf.pdf().length);
            if (pdf.pages() < 8) {
                throw new IllegalStateException("The statement has " + pdf.pages() + " pages, fewer than 8");
            }
            if (round > 1) {
                warmTotal += millis;
                warmMax = Math.max(warmMax, millis);
            }
        }
        if (rounds > 1) {
            System.out.printf("warm rounds: mean %.1f ms, max %.1f ms%n", warmTotal / (rounds - 1), warmMax);
        }
    }
}
