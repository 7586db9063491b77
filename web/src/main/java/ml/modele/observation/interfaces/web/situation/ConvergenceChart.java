package ml.modele.observation.interfaces.web.situation;

import java.util.List;
import java.util.Locale;

import ml.modele.observation.application.tabulation.TabulationView.ConvergencePoint;
import ml.modele.observation.domain.pvt.RatioEstimate;

/**
 * Inline SVG chart of the convergence: for each ballot option, its estimated share (line) and
 * 95 % interval (band) against the number of counted result sheets, with a legend that names
 * the option of each colour, two per row below the axis.
 */
final class ConvergenceChart {

    private static final double WIDTH = 600;
    private static final double HEIGHT = 240;
    private static final double LEFT = 40;
    private static final double BOTTOM = 20;
    private static final double LEGEND_ROW = 16;
    private static final double LEGEND_COLUMN = 280;
    private static final int LEGEND_COLUMNS = 2;
    /** Twelve distinct colours; a thirteenth option takes the first colour again. */
    private static final String[] COLOURS = {"#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f",
        "#5d4037", "#ad1457", "#9e9d24", "#283593", "#00695c", "#616161"};

    private ConvergenceChart() {
    }

    /**
     * Draws the chart.
     *
     * @param axisLabel    name of the horizontal axis
     * @param optionLabels name of each option, in the order of the points' option shares
     */
    static String svg(List<ConvergencePoint> points, String axisLabel, List<String> optionLabels) {
        int legendRows = (optionLabels.size() + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS;
        double totalHeight = HEIGHT + legendRows * LEGEND_ROW + (legendRows > 0 ? 4 : 0);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"convergence\""
                + " viewBox=\"0 0 600 " + f(totalHeight) + "\" role=\"img\">");
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
                .append(escape(axisLabel)).append("</text>");
        for (int k = 0; k < optionLabels.size(); k++) {
            double x = LEFT + (k % LEGEND_COLUMNS) * LEGEND_COLUMN;
            double y = HEIGHT + 4 + (k / LEGEND_COLUMNS) * LEGEND_ROW;
            svg.append("<rect class=\"legend-").append(k).append("\" x=\"").append(f(x)).append("\" y=\"")
                    .append(f(y + 3)).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS[k % COLOURS.length]).append("\"/><text x=\"").append(f(x + 14))
                    .append("\" y=\"").append(f(y + 12)).append("\" font-size=\"10\">")
                    .append(escape(optionLabels.get(k))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static double y(double share, double plotHeight) {
        double clamped = Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
        return plotHeight - plotHeight * clamped;
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
