package jp.tsunagari.council;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A session's changes in words, with every id named under council rules ({@link CouncilNames}): what the presenter
 * lists, the REST answer carries and the minutes print.
 */
@Component
class ChangeTexts {

    private final CouncilNames names;
    private final MessageSource messages;

    ChangeTexts(CouncilNames names, MessageSource messages) {
        this.names = names;
        this.messages = messages;
    }

    /** One change described: what, the gaps it opened and closed. */
    record Described(SessionChange change, String what, String opened, String closed) {
    }

    List<Described> describe(Collection<SessionChange> changes, Locale locale) {
        Set<String> ids = new LinkedHashSet<>();
        for (SessionChange c : changes) {
            ids.addAll(c.ids());
            c.opened().forEach(g -> ids.add(g.subject()));
            c.closed().forEach(g -> ids.add(g.subject()));
        }
        Map<String, String> labels = names.labels(ids, locale);
        return changes.stream().map(c -> new Described(c, what(c, labels, locale), gaps(c.opened(), labels, locale),
                gaps(c.closed(), labels, locale))).toList();
    }

    private String what(SessionChange c, Map<String, String> labels, Locale locale) {
        String subjects = c.ids().stream().map(id -> labels.getOrDefault(id, id)).collect(Collectors.joining(" → "));
        if (c.element() == null) {
            return messages.getMessage("council.change.outside", new Object[] {subjects}, locale);
        }
        String element = messages.getMessage("council.element." + c.element(), null, c.element(), locale);
        String change = messages.getMessage("council.change." + c.change(), null, c.change(), locale);
        return messages.getMessage("council.change.text", new Object[] {element, change, subjects}, locale);
    }

    String gaps(List<SessionChange.Gap> gaps, Map<String, String> labels, Locale locale) {
        return gaps.stream().map(g -> type(g.type(), locale) + "（" + labels.getOrDefault(g.subject(), g.subject()) + "）")
                .collect(Collectors.joining("、"));
    }

    String type(jp.tsunagari.gaps.GapType type, Locale locale) {
        return messages.getMessage("gaptype." + type.name(), null, type.name(), locale);
    }
}
