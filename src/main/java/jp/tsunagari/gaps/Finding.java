package jp.tsunagari.gaps;

import java.util.List;

/**
 * One gap found in the network.
 *
 * @param type       the kind of gap
 * @param severity   how urgent
 * @param area       the daily-life area it lies in
 * @param subject    the node it is about (resident, person or organization)
 * @param related    other nodes involved (e.g. the residents depending on a key person)
 * @param messageJa  what is wrong, in Japanese
 * @param messageEn  the same in English
 * @param action     what to do, naming real candidates where there are some
 */
public record Finding(GapType type, Severity severity, String area, String subject, List<String> related,
                      String messageJa, String messageEn, SuggestedAction action) {

    /** A suggested next step: a message in both languages and the ids of the candidates it names, best first. */
    public record SuggestedAction(String messageJa, String messageEn, List<String> candidates) {
    }
}
