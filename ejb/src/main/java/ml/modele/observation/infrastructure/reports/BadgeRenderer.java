package ml.modele.observation.infrastructure.reports;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Renders observer badges to PDF, one A6 page per badge, with a QR code that carries the
 * badge's verification URL. The QR code is drawn with ZXing at error correction level M
 * (about 15 % of the symbol can be damaged) and passed to the template as an image.
 */
public final class BadgeRenderer {

    public static final String TEMPLATE = "/ml/modele/observation/reports/observer-badge.jrxml";
    public static final String BUNDLE = "ml.modele.observation.i18n.badges";

    /** Side of the QR image in pixels; the template scales it to 120 points, about 4 cm. */
    private static final int QR_PIXELS = 480;

    private final ReportRenderer renderer;

    public BadgeRenderer(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    /** Renders the badges in the given order, one page each. */
    public byte[] pdf(List<BadgeCard> cards, Locale locale, String title) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (BadgeCard card : cards) {
            Map<String, Object> row = new HashMap<>();
            row.put("NAME", card.name());
            row.put("ORGANISATION", card.organisation());
            row.put("CATEGORY", card.category());
            row.put("PLACE", card.place());
            row.put("BADGE", card.badgeNumber());
            row.put("ELECTION", card.election());
            row.put("URL", card.verificationUrl());
            row.put("QR", qrCode(card.verificationUrl()));
            rows.add(row);
        }
        return renderer.pdf(TEMPLATE, BUNDLE, locale, Map.of(), rows, title);
    }

    /** Draws a QR code of a text as a black-on-white image with the standard 4-module quiet zone. */
    static BufferedImage qrCode(String text) {
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, 4,
                EncodeHintType.CHARACTER_SET, "UTF-8");
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, QR_PIXELS, QR_PIXELS, hints);
        } catch (WriterException e) {
            throw new ReportException("Drawing the QR code of " + text + " failed: " + e.getMessage(), e);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }
}
