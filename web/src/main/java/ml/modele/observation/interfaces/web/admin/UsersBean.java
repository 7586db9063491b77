package ml.modele.observation.interfaces.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.application.UserAdministration;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.domain.security.UserAccount;
import ml.modele.observation.interfaces.web.shell.Messages;

/** User administration screen: create users, assign roles and région, disable, reset password. */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UserAdministration administration;

    @Inject
    private Messages messages;

    private List<UserAccount> users;

    private String newUsername;
    private String newDisplayName;
    private String newPassword;
    private List<String> newRoles = new ArrayList<>();
    private String newRegion;

    private String editedUsername;
    private List<String> editedRoles = new ArrayList<>();
    private String editedRegion;

    public List<UserAccount> getUsers() {
        if (users == null) {
            users = administration.listUsers();
        }
        return users;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String roleLabel(Role role) {
        return messages.get("role." + role.name());
    }

    public String roleLabels(UserAccount user) {
        return String.join(", ", user.getRoles().stream().map(this::roleLabel).toList());
    }

    public void create() {
        act(() -> {
            administration.createUser(newUsername, newDisplayName, newPassword, asSet(newRoles), newRegion);
            info("users.created", newUsername.trim());
            newUsername = null;
            newDisplayName = null;
            newPassword = null;
            newRoles = new ArrayList<>();
            newRegion = null;
        });
    }

    public void startEditing(UserAccount user) {
        editedUsername = user.getUsername();
        editedRoles = new ArrayList<>(user.getRoles().stream().map(Role::name).toList());
        editedRegion = user.getRegionCode();
    }

    public void saveRoles() {
        act(() -> {
            administration.changeRoles(editedUsername, asSet(editedRoles), editedRegion);
            info("users.rolesSaved", editedUsername);
        });
    }

    public void disable(UserAccount user) {
        act(() -> {
            administration.setEnabled(user.getUsername(), false);
            info("users.disabled", user.getUsername());
        });
    }

    public void enable(UserAccount user) {
        act(() -> {
            administration.setEnabled(user.getUsername(), true);
            info("users.enabled", user.getUsername());
        });
    }

    public void unlock(UserAccount user) {
        act(() -> {
            administration.unlock(user.getUsername());
            info("users.unlocked", user.getUsername());
        });
    }

    public void resetPassword(UserAccount user) {
        act(() -> {
            String password = administration.resetPassword(user.getUsername());
            info("users.passwordReset", user.getUsername(), password);
        });
    }

    /** Runs an administrator action, showing a correctable error in the user's language. */
    private void act(Runnable action) {
        try {
            action.run();
            users = null;
        } catch (UserInputException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.of(e), null));
        }
    }

    private void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key, arguments), null));
    }

    /** Converts the role names that the check boxes submit. */
    private static Set<Role> asSet(List<String> roleNames) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (roleNames != null) {
            roleNames.forEach(name -> roles.add(Role.valueOf(name)));
        }
        return roles;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public String getNewRegion() {
        return newRegion;
    }

    public void setNewRegion(String newRegion) {
        this.newRegion = newRegion;
    }

    public String getEditedUsername() {
        return editedUsername;
    }

    public List<String> getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(List<String> editedRoles) {
        this.editedRoles = editedRoles;
    }

    public String getEditedRegion() {
        return editedRegion;
    }

    public void setEditedRegion(String editedRegion) {
        this.editedRegion = editedRegion;
    }
}
