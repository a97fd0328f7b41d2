package jp.tsunagari.gaps;

import java.util.List;

/**
 * A {@link Finding} as a view shows it: its texts rendered in the reader's language.
 *
 * @param subject    the node it is about (resident, organization, network, area, person)
 * @param related    other nodes involved
 * @param message    what is wrong
 * @param action     what to do
 * @param candidates ids of the people or organizations the action names, best first
 */
public record GapItem(GapType type, Severity severity, String area, String subject, List<String> related,
                      String message, String action, List<String> candidates) {

    public GapItem {
        related = List.copyOf(related);
        candidates = List.copyOf(candidates);
    }
}
