package ml.modele.observation.domain.communique;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The safe subset of HTML kept in a communiqué's narrative: paragraphs, line breaks, bold, italic,
 * underline and lists, which JasperReports' HTML markup prints. Everything else (scripts, links,
 * styles, images, attributes) is removed and its text kept.
 */
public final class SafeHtml {

    /** Longest narrative section kept, in characters of sanitised HTML. */
    public static final int MAX_LENGTH = 60_000;

    private static final Safelist SUBSET = Safelist.none()
            .addTags("p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li");

    private SafeHtml() {
    }

    /**
     * Returns the HTML reduced to the safe subset, with {@code strong} and {@code em} written as
     * {@code b} and {@code i}; null gives an empty text.
     *
     * @throws CommuniqueRuleException when the result is longer than {@link #MAX_LENGTH}
     */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, "", SUBSET, output);
        Document document = Jsoup.parseBodyFragment(clean);
        document.outputSettings(output);
        for (Element element : document.select("strong")) {
            element.tagName("b");
        }
        for (Element element : document.select("em")) {
            element.tagName("i");
        }
        String result = document.body().html().strip();
        if (isEmptyEditorText(result)) {
            return "";
        }
        if (result.length() > MAX_LENGTH) {
            throw new CommuniqueRuleException("communique.error.narrativeTooLong", result.length(), MAX_LENGTH);
        }
        return result;
    }

    /** Tells whether the text is only what an empty editor sends, such as {@code <p><br></p>}. */
    private static boolean isEmptyEditorText(String html) {
        return Jsoup.parseBodyFragment(html).body().text().isBlank();
    }
}
