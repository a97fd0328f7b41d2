package jp.tsunagari.gaps;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Findings' texts, from {@code messages*.properties}: built as keys by detectors, rendered when shown. */
@Component
class Messages {

    /** A service kind named in a message, rendered in the message's language (見守り / watching over). */
    record ServiceName(String code) {
    }

    /**
     * People, organizations, networks or areas named in a message, by id: shown by their display name (a resident by
     * name or pseudonym, as the reader may see them) when the message is rendered, never by id.
     */
    record Named(List<String> ids) {

        Named {
            ids = List.copyOf(ids);
        }

        static Named of(String id) {
            return new Named(List.of(id));
        }
    }

    /**
     * A count of something ({@code noun}: residents, supporters, needs, providers, activeProviders) shown with the
     * right plural ({@code count.<noun>}), or as "under {@code value}" ({@code count.<noun>.below}) where small counts
     * are suppressed.
     */
    record Count(String noun, long value, boolean below) {

        Count(String noun, long value) {
            this(noun, value, false);
        }
    }

    /** How the reader of a message sees the display name of a node. */
    @FunctionalInterface
    interface Names {

        String of(String id);
    }

    /** A finding as the API shows it: its texts rendered in Japanese and English. */
    record FindingJson(GapType type, Severity severity, String area, String subject, List<String> related,
                       String messageJa, String messageEn, ActionJson action) {
    }

    /** A suggested action as the API shows it. */
    record ActionJson(String messageJa, String messageEn, List<String> candidates) {
    }

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    /**
     * A finding whose message is {@code gap.<TYPE>} and whose suggested action is {@code gap.<TYPE>.<action>}.
     */
    Finding finding(GapType type, Severity severity, String area, String subject, List<String> related,
                    Object[] args, String action, Object[] actionArgs, List<String> candidates) {
        String key = "gap." + type.name();
        return new Finding(type, severity, area, subject, related, new Finding.Text(key, Arrays.asList(args)),
                new Finding.SuggestedAction(new Finding.Text(key + "." + action, Arrays.asList(actionArgs)), candidates));
    }

    FindingJson json(Finding f, Names names) {
        return new FindingJson(f.type(), f.severity(), f.area(), f.subject(), f.related(),
                render(f.message(), Locale.JAPANESE, names), render(f.message(), Locale.ENGLISH, names),
                new ActionJson(render(f.action().message(), Locale.JAPANESE, names),
                        render(f.action().message(), Locale.ENGLISH, names), f.action().candidates()));
    }

    String render(Finding.Text text, Locale locale, Names names) {
        Object[] localized = text.args().toArray();
        for (int i = 0; i < localized.length; i++) {
            if (localized[i] instanceof ServiceName s) {
                localized[i] = source.getMessage("service." + s.code(), null, locale);
            } else if (localized[i] instanceof Count c) {
                localized[i] = source.getMessage("count." + c.noun() + (c.below() ? ".below" : ""),
                        new Object[] {c.value()}, locale);
            } else if (localized[i] instanceof Named n) {
                String separator = "ja".equals(locale.getLanguage()) ? "、" : ", ";
                localized[i] = String.join(separator, n.ids().stream().map(names::of).toList());
            }
        }
        return source.getMessage(text.key(), localized, locale);
    }
}
