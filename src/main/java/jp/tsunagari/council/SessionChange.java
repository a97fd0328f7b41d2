package jp.tsunagari.council;

import java.util.List;

import jp.tsunagari.gaps.GapType;

/**
 * One change to the network during a session and the gaps it opened and closed in the council's areas.
 *
 * @param change  CREATED, REMOVED, UPDATED, BULK_LOADED — or null for a change made outside the application
 * @param element the label or relationship type changed ({@code SUPPORTS}); null when unknown
 * @param ids     the nodes changed (ids only; labelled under council rules when shown)
 */
record SessionChange(int seq, String at, String username, String change, String element, List<String> ids,
                     List<Gap> opened, List<Gap> closed) {

    /** A gap by type and subject. */
    record Gap(GapType type, String subject) {
        String key() {
            return type + "|" + subject;
        }

        static Gap of(String key) {
            int bar = key.indexOf('|');
            return new Gap(GapType.valueOf(key.substring(0, bar)), key.substring(bar + 1));
        }
    }

    SessionChange {
        ids = List.copyOf(ids);
        opened = List.copyOf(opened);
        closed = List.copyOf(closed);
    }
}
