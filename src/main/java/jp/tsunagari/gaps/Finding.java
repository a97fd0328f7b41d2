package jp.tsunagari.gaps;

import java.util.List;

/**
 * One gap found in the network. Its texts are kept as message keys with arguments and rendered in the reader's
 * language when shown ({@link Messages#json}): a city has a hundred thousand findings, and nobody reads them all.
 *
 * @param type     the kind of gap
 * @param severity how urgent
 * @param area     the daily-life area it lies in
 * @param subject  the node it is about (resident, network, organization, association, area, person)
 * @param related  other nodes involved (e.g. the residents depending on a key person)
 * @param message  what is wrong
 * @param action   what to do, naming real candidates where there are some
 */
public record Finding(GapType type, Severity severity, String area, String subject, List<String> related,
                      Text message, SuggestedAction action) {

    /** Most urgent first, then by type and subject: the order every list of findings is shown in. */
    public static final java.util.Comparator<Finding> URGENCY = java.util.Comparator.comparing(Finding::severity)
            .thenComparing(Finding::type).thenComparing(Finding::subject);

    /** A suggested next step and the ids of the candidates it names, best first. */
    public record SuggestedAction(Text message, List<String> candidates) {
    }

    /** A message key ({@code gap.ISOLATED_RESIDENT}) and its arguments, rendered by {@link Messages}. */
    public record Text(String key, List<Object> args) {
    }
}
