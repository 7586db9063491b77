package ml.modele.observation.interfaces.web.accreditation;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ml.modele.observation.application.BadgeCheck;
import ml.modele.observation.application.BadgeService;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Public badge verification page, reached from the QR code of a badge without a login. It
 * prints "valide" or "invalide" in French, then in English, with only what the badge itself
 * shows: name, badge number and election. An unknown code gets the same page as an invalid
 * badge, with status 404.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private BadgeService badges;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String code = path == null ? "" : path.substring(1).strip().toUpperCase(Locale.ROOT);
        Optional<BadgeCheck> check = badges.verify(code);
        boolean valid = check.map(BadgeCheck::valid).orElse(false);

        response.setStatus(check.isPresent() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        ResourceBundle french = ResourceBundle.getBundle(Messages.BUNDLE, Locale.FRENCH);
        ResourceBundle english = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);
        String verdict = valid ? "verify.valid" : "verify.invalid";
        try (PrintWriter out = response.getWriter()) {
            out.println("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            out.println("<title>" + escape(french.getString("verify.title")) + "</title></head><body>");
            out.println("<h1>" + escape(french.getString("verify.title")) + "</h1>");
            out.println("<p id=\"verdict\" class=\"" + (valid ? "valid" : "invalid") + "\"><strong>"
                    + escape(french.getString(verdict)) + "</strong> / <span lang=\"en\">"
                    + escape(english.getString(verdict)) + "</span></p>");
            if (check.isPresent()) {
                BadgeCheck found = check.get();
                out.println("<dl><dt>" + escape(french.getString("verify.name")) + "</dt><dd id=\"name\">"
                        + escape(found.name()) + "</dd>");
                out.println("<dt>" + escape(french.getString("verify.badge")) + "</dt><dd id=\"badge\">"
                        + escape(found.badgeNumber() == null ? "" : found.badgeNumber()) + "</dd>");
                out.println("<dt>" + escape(french.getString("verify.election")) + "</dt><dd id=\"election\">"
                        + escape(found.election()) + "</dd></dl>");
            }
            out.println("</body></html>");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
