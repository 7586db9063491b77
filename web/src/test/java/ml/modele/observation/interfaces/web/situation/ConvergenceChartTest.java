package ml.modele.observation.interfaces.web.situation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import ml.modele.observation.application.tabulation.TabulationView.ConvergencePoint;
import ml.modele.observation.domain.pvt.RatioEstimate;

class ConvergenceChartTest {

    private static final Pattern POLYLINE_COLOUR = Pattern.compile("class=\"option-(\\d+)\" fill=\"none\" stroke=\"(#\\w+)\"");
    private static final Pattern LEGEND_COLOUR = Pattern.compile("class=\"legend-(\\d+)\"[^>]* fill=\"(#\\w+)\"");

    @Test
    void legendNamesEachCandidate() {
        List<String> names = List.of("C01 – Awa Traoré", "C02 – Moussa Keïta", "C03 – Fatoumata Diallo");

        String svg = ConvergenceChart.svg(points(3), "Procès-verbaux comptés", names);

        for (String name : names) {
            assertTrue(svg.contains(">" + name + "</text>"), name + " missing from " + svg);
        }
        assertEquals(3, count(POLYLINE_COLOUR, svg));
        assertEquals(colours(POLYLINE_COLOUR, svg), colours(LEGEND_COLOUR, svg));
    }

    @Test
    void twelveListsHaveDistinctColours() {
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= 12; k++) {
            names.add(String.format("L%02d – Liste %d", k, k));
        }

        String svg = ConvergenceChart.svg(points(12), "Procès-verbaux comptés", names);

        assertEquals(12, colours(LEGEND_COLOUR, svg).stream().distinct().count());
        assertEquals(colours(POLYLINE_COLOUR, svg), colours(LEGEND_COLOUR, svg));
        // Six legend rows of 16 units below the 240 of the plot, plus a margin of 4.
        assertTrue(svg.contains("viewBox=\"0 0 600 340.0\""), svg.substring(0, 120));
    }

    @Test
    void labelsEscaped() {
        String svg = ConvergenceChart.svg(points(1), "Procès-verbaux", List.of("L01 – Union <A & B>"));

        assertTrue(svg.contains(">L01 – Union &lt;A &amp; B&gt;</text>"), svg);
    }

    private static List<ConvergencePoint> points(int options) {
        List<ConvergencePoint> points = new ArrayList<>();
        for (int reported = 2; reported <= 4; reported++) {
            List<RatioEstimate> shares = new ArrayList<>();
            for (int k = 0; k < options; k++) {
                shares.add(new RatioEstimate(1.0 / options, 0.0001, 40));
            }
            points.add(new ConvergencePoint(reported, Instant.parse("2028-07-30T20:00:00Z").plusSeconds(reported),
                    shares, new RatioEstimate(0.4, 0.0001, 40)));
        }
        return points;
    }

    private static List<String> colours(Pattern pattern, String svg) {
        List<String> colours = new ArrayList<>();
        Matcher matcher = pattern.matcher(svg);
        while (matcher.find()) {
            assertEquals(colours.size(), Integer.parseInt(matcher.group(1)));
            colours.add(matcher.group(2));
        }
        return colours;
    }

    private static int count(Pattern pattern, String svg) {
        return colours(pattern, svg).size();
    }
}
