package jp.tsunagari.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Administrators manage users: roles, the daily-life areas of layer-2 coordinators, passwords, lock-outs. */
@Route("admin/users")
@RolesAllowed(Role.ADMIN_ROLE)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccounts accounts;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> areas = new MultiSelectComboBox<>();
    private final Map<String, String> areaNames;

    UsersView(UserAccounts accounts) {
        this.accounts = accounts;
        this.areaNames = accounts.dailyLifeAreas();
        setSizeFull();
        username.setLabel(getTranslation("users.username"));
        username.setId("user-username");
        password.setLabel(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.password.help"));
        password.setId("user-password");
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setId("user-roles");
        areas.setLabel(getTranslation("users.areas"));
        areas.setItems(areaNames.keySet());
        areas.setItemLabelGenerator(id -> areaNames.getOrDefault(id, id));
        areas.setHelperText(getTranslation("users.areas.help"));
        Button save = new Button(getTranslation("users.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        HorizontalLayout form = new HorizontalLayout(username, password, roles, areas, save);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);

        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("role." + r.name())).collect(Collectors.joining("、")))
                .setHeader(getTranslation("users.roles"));
        grid.addColumn(u -> u.areaIds().stream().map(id -> areaNames.getOrDefault(id, id)).sorted()
                .collect(Collectors.joining("、"))).setHeader(getTranslation("users.areas"));
        grid.addColumn(u -> getTranslation(!u.enabled() ? "users.status.disabled"
                : u.lockedAt(java.time.Instant.now()) ? "users.status.locked" : "users.status.active"))
                .setHeader(getTranslation("users.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        grid.setSizeFull();
        add(new H2(getTranslation("users.title")), form, grid);
        refresh();
    }

    private HorizontalLayout actions(UserAccount user) {
        Button unlock = new Button(getTranslation("users.unlock"), e -> {
            accounts.unlock(user.username());
            refresh();
        });
        unlock.setEnabled(user.lockedAt(java.time.Instant.now()) || user.failedLogins() > 0);
        Button toggle = new Button(getTranslation(user.enabled() ? "users.disable" : "users.enable"), e -> {
            accounts.setEnabled(user.username(), !user.enabled());
            refresh();
        });
        Button delete = new Button(getTranslation("users.delete"), e -> {
            accounts.delete(user.username());
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(unlock, toggle, delete);
    }

    private void edit(UserAccount user) {
        if (user != null) {
            username.setValue(user.username());
            password.clear();
            roles.setValue(user.roles());
            areas.setValue(user.areaIds());
        }
    }

    private void save() {
        List<String> problems = accounts.save(username.getValue().strip(), password.getValue(), roles.getValue(),
                areas.getValue(), false);
        if (problems.isEmpty()) {
            Notification.show(getTranslation("users.saved", username.getValue())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            password.clear();
            refresh();
        } else {
            Notification n = new Notification();
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            n.add(new Span(problems.stream().map(this::getTranslation).collect(Collectors.joining(" / "))));
            n.setDuration(6000);
            n.open();
        }
    }

    private void refresh() {
        grid.setItems(accounts.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title") + " — " + getTranslation("users.title");
    }
}
