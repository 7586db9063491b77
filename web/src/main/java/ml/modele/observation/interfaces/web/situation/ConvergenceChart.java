package ml.modele.observation.interfaces.web.situation;

import java.util.List;
import java.util.Locale;

import ml.modele.observation.application.tabulation.TabulationView.ConvergencePoint;
import ml.modele.observation.domain.pvt.RatioEstimate;

/**
 * Inline SVG chart of the convergence: for each ballot option, its estimated share (line) and
 * 95 % interval (band) against the number of counted result sheets.
 */
final class ConvergenceChart {

    private static final double WIDTH = 600;
    private static final double HEIGHT = 240;
    private static final double LEFT = 40;
    private static final double BOTTOM = 20;
    private static final String[] COLOURS = {"#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f"};

    private ConvergenceChart() {
    }

    /** Draws the chart; {@code axisLabel} names the horizontal axis. */
    static String svg(List<ConvergencePoint> points, String axisLabel) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"convergence\""
                + " viewBox=\"0 0 600 240\" role=\"img\">");
        double plotHeight = HEIGHT - BOTTOM;
        for (int tick = 0; tick <= 4; tick++) {
            double y = plotHeight - plotHeight * tick / 4;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH).append("\" y1=\"").append(f(y))
                    .append("\" y2=\"").append(f(y)).append("\" stroke=\"#ddd\"/><text x=\"2\" y=\"").append(f(y + 4))
                    .append("\" font-size=\"10\">").append(tick * 25).append("</text>");
        }
        if (!points.isEmpty()) {
            int maxReported = points.get(points.size() - 1).reported();
            int options = points.get(0).optionShares().size();
            for (int k = 0; k < options; k++) {
                StringBuilder upper = new StringBuilder();
                StringBuilder lower = new StringBuilder();
                StringBuilder line = new StringBuilder();
                for (ConvergencePoint point : points) {
                    RatioEstimate share = point.optionShares().get(k);
                    double x = LEFT + (WIDTH - LEFT - 5) * point.reported() / maxReported;
                    line.append(f(x)).append(',').append(f(y(share.ratio(), plotHeight))).append(' ');
                    upper.append(f(x)).append(',').append(f(y(share.upper95(), plotHeight))).append(' ');
                    lower.insert(0, f(x) + "," + f(y(share.lower95(), plotHeight)) + " ");
                }
                String colour = COLOURS[k % COLOURS.length];
                svg.append("<polygon fill=\"").append(colour).append("\" fill-opacity=\"0.2\" points=\"")
                        .append(upper).append(lower).append("\"/>");
                svg.append("<polyline class=\"option-").append(k).append("\" fill=\"none\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"2\" points=\"").append(line).append("\"/>");
            }
            svg.append("<text x=\"").append(f(WIDTH - 60)).append("\" y=\"").append(f(HEIGHT - 4))
                    .append("\" font-size=\"10\">").append(maxReported).append("</text>");
        }
        svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(f(HEIGHT - 4)).append("\" font-size=\"10\">")
                .append(axisLabel.replace("&", "&amp;").replace("<", "&lt;")).append("</text></svg>");
        return svg.toString();
    }

    private static double y(double share, double plotHeight) {
        double clamped = Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
        return plotHeight - plotHeight * clamped;
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
