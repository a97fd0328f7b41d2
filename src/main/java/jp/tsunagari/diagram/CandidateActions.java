package jp.tsunagari.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import jp.tsunagari.gaps.GapItem;

/**
 * The suggested action of a finding made one click: a button per candidate the gap engine named, doing what the
 * action says through {@link DiagramEdits} (so with validation, the user's rights and undo) —
 * <ul>
 * <li>isolated or single supporter: ask the candidate to watch over the resident (a {@code WATCHING} tie);</li>
 * <li>unmet need: the candidate provides the needed service;</li>
 * <li>no coordinator route: the candidate joins the resident's individual network;</li>
 * <li>outside its same-kind network: the provider joins that network.</li>
 * </ul>
 * Other gaps (key persons, networks not formed, area-level gaps) need a conversation first and get no button.
 */
final class CandidateActions {

    /** A one-click action: its button text and the change it makes. */
    record Proposal(String candidate, String text, Supplier<DiagramEdits.Edit> change) {
    }

    private CandidateActions() {
    }

    /**
     * @param names     a node's name (the diagram's label, or the id when it is not drawn)
     * @param translate the view's {@code getTranslation}
     */
    static List<Proposal> of(GapItem finding, DiagramEdits edits, Function<String, String> names,
                             Translator translate) {
        List<Proposal> out = new ArrayList<>();
        switch (finding.type()) {
            case ISOLATED_RESIDENT, SINGLE_SUPPORTER -> finding.candidates().forEach(c -> out.add(new Proposal(c,
                    translate.get("diagram.candidate.watch", names.apply(c)),
                    () -> edits.addSupport(c, finding.subject(), "WATCHING"))));
            case UNMET_NEED -> {
                if (!finding.related().isEmpty()) {
                    String service = finding.related().getFirst();
                    finding.candidates().forEach(c -> out.add(new Proposal(c,
                            translate.get("diagram.candidate.provide", names.apply(c),
                                    translate.get("service." + service)),
                            () -> edits.addSupport(c, finding.subject(), service))));
                }
            }
            case NO_COORDINATOR_ROUTE -> finding.candidates().forEach(c -> out.add(new Proposal(c,
                    translate.get("diagram.candidate.join", names.apply(c)),
                    () -> edits.addToIndividualNetwork(finding.subject(), c))));
            case OUTSIDE_SAME_KIND_NETWORK -> {
                if (!finding.related().isEmpty()) {
                    String network = finding.related().getFirst();
                    out.add(new Proposal(network, translate.get("diagram.candidate.joinNetwork",
                            names.apply(network)), () -> edits.addToProviderNetwork(network, finding.subject())));
                }
            }
            default -> {
                // nothing to do in one click
            }
        }
        return out;
    }

    /** The proposals as small buttons running through the view's {@link EditControls} (undo, messages). */
    static List<Button> buttons(GapItem finding, DiagramEdits edits, EditControls controls,
                                Function<String, String> names, Translator translate) {
        return of(finding, edits, names, translate).stream().map(p -> {
            Button button = new Button(p.text(), e -> controls.run(p.change(), null));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            button.getElement().setAttribute("data-candidate", p.candidate());
            button.getElement().setAttribute("data-gap", finding.type().name());
            return button;
        }).toList();
    }

    /** {@code getTranslation(key, args)} of a component. */
    @FunctionalInterface
    interface Translator {
        String get(String key, Object... args);
    }
}
