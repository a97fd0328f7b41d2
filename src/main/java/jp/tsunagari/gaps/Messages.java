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

    FindingJson json(Finding f) {
        return new FindingJson(f.type(), f.severity(), f.area(), f.subject(), f.related(), ja(f.message()),
                en(f.message()), new ActionJson(ja(f.action().message()), en(f.action().message()),
                f.action().candidates()));
    }

    String ja(Finding.Text text) {
        return render(text, Locale.JAPANESE);
    }

    String en(Finding.Text text) {
        return render(text, Locale.ENGLISH);
    }

    String render(Finding.Text text, Locale locale) {
        Object[] localized = text.args().toArray();
        for (int i = 0; i < localized.length; i++) {
            if (localized[i] instanceof ServiceName s) {
                localized[i] = source.getMessage("service." + s.code(), null, locale);
            }
        }
        return source.getMessage(text.key(), localized, locale);
    }
}
