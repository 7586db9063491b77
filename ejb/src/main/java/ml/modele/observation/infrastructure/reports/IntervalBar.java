package ml.modele.observation.infrastructure.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * One bar of a communiqué's chart, drawn as an image: the estimated share as a filled bar on a
 * 0 to 100 % scale with grid lines every 10 %, and its confidence interval as a line with
 * whiskers. The report prints it 300 by 14 points; the image has four pixels per point.
 */
final class IntervalBar {

    static final int WIDTH = 1200;
    static final int HEIGHT = 56;

    private static final Color BAR = new Color(0x1F4E79);
    private static final Color GRID = new Color(0xD0D7E1);
    private static final Color INTERVAL = new Color(0xE0A100);

    private IntervalBar() {
    }

    /** Draws the bar of {@code share} with the interval {@code share ± margin}, both ratios. */
    static BufferedImage draw(double share, double margin) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(GRID);
            for (int tenth = 0; tenth <= 10; tenth++) {
                int x = Math.min(WIDTH - 2, x(tenth / 10.0));
                g.fillRect(x, 0, 2, HEIGHT);
            }
            g.setColor(BAR);
            g.fillRect(0, 12, x(share), HEIGHT - 24);
            if (Double.isFinite(share) && Double.isFinite(margin)) {
                int low = x(share - margin);
                int high = x(share + margin);
                int middle = HEIGHT / 2;
                g.setColor(INTERVAL);
                g.setStroke(new BasicStroke(6));
                g.drawLine(low, middle, high, middle);
                g.drawLine(low, middle - 16, low, middle + 16);
                g.drawLine(high, middle - 16, high, middle + 16);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static int x(double ratio) {
        double clamped = Double.isNaN(ratio) ? 0 : Math.max(0, Math.min(1, ratio));
        return (int) Math.round(clamped * (WIDTH - 1));
    }
}
