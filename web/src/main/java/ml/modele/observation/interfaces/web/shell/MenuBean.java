package ml.modele.observation.interfaces.web.shell;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

import ml.modele.observation.domain.security.Role;
import ml.modele.observation.interfaces.web.security.AccessPolicy;
import ml.modele.observation.interfaces.web.security.CallerRoles;

/** The main menu, showing only the pages that the role matrix grants to the caller. */
@Named
@ViewScoped
public class MenuBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Menu sections and their pages: label key, path, icon. */
    private static final List<Section> SECTIONS = List.of(
            new Section("menu.home", List.of(
                    new Entry("menu.dashboard", "/index.xhtml", "pi pi-home"))),
            new Section("menu.electoralMap", List.of(
                    new Entry("menu.mapBrowser", "/map/browser.xhtml", "pi pi-map"),
                    new Entry("menu.mapImport", "/map/import.xhtml", "pi pi-upload"))),
            new Section("menu.elections", List.of(
                    new Entry("menu.electionList", "/elections/list.xhtml", "pi pi-calendar"))),
            new Section("menu.observers", List.of(
                    new Entry("menu.observerList", "/observers/list.xhtml", "pi pi-id-card"),
                    new Entry("menu.observerImport", "/observers/import.xhtml", "pi pi-upload"),
                    new Entry("menu.accreditation", "/observers/accreditation.xhtml", "pi pi-verified"),
                    new Entry("menu.deployment", "/observers/deployment.xhtml", "pi pi-map-marker"),
                    new Entry("menu.coverage", "/observers/coverage.xhtml", "pi pi-chart-bar"),
                    new Entry("menu.broadcast", "/observers/broadcast.xhtml", "pi pi-send"))),
            new Section("menu.pvt", List.of(
                    new Entry("menu.pvtSample", "/pvt/sample.xhtml", "pi pi-th-large"))),
            new Section("menu.situation", List.of(
                    new Entry("menu.dashboardLive", "/situation/dashboard.xhtml", "pi pi-chart-line"),
                    new Entry("menu.incidents", "/situation/incidents.xhtml", "pi pi-exclamation-triangle"))),
            new Section("menu.communiques", List.of(
                    new Entry("menu.communiqueLog", "/communiques/list.xhtml", "pi pi-file-pdf"))),
            new Section("menu.watch", List.of(
                    new Entry("menu.periodicReports", "/reports/periodic.xhtml", "pi pi-file-edit"),
                    new Entry("menu.weeklyReport", "/reports/weekly.xhtml", "pi pi-file-pdf"))),
            new Section("menu.sms", List.of(
                    new Entry("menu.verificationQueue", "/eva/queue.xhtml", "pi pi-check-square"),
                    new Entry("menu.messageLog", "/eva/messages.xhtml", "pi pi-comments"),
                    new Entry("menu.callList", "/eva/calls.xhtml", "pi pi-phone"),
                    new Entry("menu.smsChannel", "/eva/sms-channel.xhtml", "pi pi-send"),
                    new Entry("menu.formSet", "/forms/set.xhtml", "pi pi-list"),
                    new Entry("menu.formDesigner", "/forms/designer.xhtml", "pi pi-pencil"))),
            new Section("menu.administration", List.of(
                    new Entry("menu.users", "/admin/users.xhtml", "pi pi-users"),
                    new Entry("menu.audit", "/admin/audit.xhtml", "pi pi-history"))),
            new Section("menu.account", List.of(
                    new Entry("menu.changePassword", "/account/password.xhtml", "pi pi-lock"))));

    @Inject
    private Messages messages;

    private MenuModel model;

    public MenuModel getModel() {
        if (model == null) {
            model = build();
        }
        return model;
    }

    private MenuModel build() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest();
        Set<Role> roles = CallerRoles.of(request);
        String contextPath = request.getContextPath();

        DefaultMenuModel menu = new DefaultMenuModel();
        for (Section section : SECTIONS) {
            List<Entry> allowed = section.entries().stream()
                    .filter(entry -> AccessPolicy.allows(entry.path(), roles))
                    .toList();
            if (allowed.isEmpty()) {
                continue;
            }
            DefaultSubMenu subMenu = DefaultSubMenu.builder().label(messages.get(section.labelKey())).build();
            for (Entry entry : allowed) {
                subMenu.getElements().add(DefaultMenuItem.builder()
                        .value(messages.get(entry.labelKey()))
                        .url(contextPath + entry.path())
                        .icon(entry.icon())
                        .build());
            }
            menu.getElements().add(subMenu);
        }
        return menu;
    }

    private record Section(String labelKey, List<Entry> entries) {
    }

    private record Entry(String labelKey, String path, String icon) {
    }
}
