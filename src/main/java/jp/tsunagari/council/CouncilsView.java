package jp.tsunagari.council;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagari.network.InvalidInputException;
import jp.tsunagari.network.Violation;
import jp.tsunagari.security.Role;
import jp.tsunagari.shell.MainLayout;
import org.springframework.context.MessageSource;

/**
 * {@code /council}: the councils the user may see with their sessions — open ones to present (coordinators who run
 * the council) or project, closed ones with their minutes — and, for those who run a council, a form opening a new
 * session (title, date, agenda, who attends).
 */
@Route(value = "council", layout = MainLayout.class)
@RolesAllowed({Role.LAYER1, Role.LAYER2, Role.COUNCIL})
public class CouncilsView extends VerticalLayout implements HasDynamicTitle {

    private final CouncilSessions sessions;
    private final MessageSource messages;

    CouncilsView(CouncilSessions sessions, MessageSource messages) {
        this.sessions = sessions;
        this.messages = messages;
        add(new H2(getTranslation("council.title")));
        List<Council> councils = sessions.councils();
        if (councils.isEmpty()) {
            add(new Paragraph(getTranslation("council.none")));
        }
        for (Council council : councils) {
            add(council(council));
        }
    }

    private Div council(Council council) {
        Div box = new Div();
        box.addClassName("council-box");
        box.getElement().setAttribute("data-council", council.id());
        box.add(new H3(council.name() + "（" + getTranslation("council.layer", council.layer()) + "）"));
        boolean runs = sessions.mayRun(council);
        for (CouncilSession s : sessions.sessionsOf(council)) {
            Div row = new Div(new Span(s.date() + " " + s.title() + " — " + getTranslation("council.state." + s.state().name()) + " "));
            row.getElement().setAttribute("data-session", s.id());
            if (s.open() && runs) {
                row.add(new Anchor("council/" + s.id(), getTranslation("council.present")), new Span(" · "));
            }
            if (s.open()) {
                Anchor screen = new Anchor("council/" + s.id() + "/screen", getTranslation("council.openScreen"));
                screen.setTarget(AnchorTarget.BLANK);
                row.add(screen);
            } else {
                Anchor pdf = new Anchor("api/sessions/" + s.id() + "/minutes.pdf", getTranslation("council.minutes.download"));
                pdf.getElement().setAttribute("router-ignore", true);
                row.add(pdf);
            }
            box.add(row);
        }
        if (runs) {
            box.add(openForm(council));
        }
        return box;
    }

    private Details openForm(Council council) {
        TextField title = new TextField(getTranslation("council.form.title"));
        title.setId("open-title-" + council.id());
        title.setWidthFull();
        DatePicker date = new DatePicker(getTranslation("council.form.date"), LocalDate.now());
        date.setId("open-date-" + council.id());
        TextArea agenda = new TextArea(getTranslation("council.agenda"));
        agenda.setId("open-agenda-" + council.id());
        agenda.setWidthFull();
        CheckboxGroup<String> attendees = new CheckboxGroup<>(getTranslation("council.attendees"));
        attendees.setItems(council.members().stream().map(Council.Member::name).toList());
        attendees.setValue(java.util.Set.copyOf(council.members().stream().map(Council.Member::name).toList()));
        Button open = new Button(getTranslation("council.form.open"));
        open.setId("open-session-" + council.id());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> {
            title.setInvalid(false);
            date.setInvalid(false);
            agenda.setInvalid(false);
            try {
                String id = sessions.open(council, new CouncilSessions.NewSession(title.getValue(), date.getValue(),
                        agenda.getValue(), List.copyOf(attendees.getValue())));
                getUI().ifPresent(ui -> ui.navigate(PresenterView.class, new RouteParameters("sessionId", id)));
            } catch (InvalidInputException invalid) {
                for (Violation v : invalid.violations()) {
                    String message = v.message(messages, getLocale());
                    switch (v.field()) {
                        case "title" -> { title.setInvalid(true); title.setErrorMessage(message); }
                        case "date" -> { date.setInvalid(true); date.setErrorMessage(message); }
                        case "agenda" -> { agenda.setInvalid(true); agenda.setErrorMessage(message); }
                        default -> { attendees.setInvalid(true); attendees.setErrorMessage(message); }
                    }
                }
            }
        });
        Details details = new Details(getTranslation("council.form.heading"), new VerticalLayout(title, date, agenda,
                attendees, open));
        details.setOpened(false);
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title") + " — " + getTranslation("council.title");
    }
}
