package jp.tsunagari.council;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.tsunagari.gaps.GapType;

/**
 * One meeting of a council (協議体).
 *
 * @param areaIds    the daily-life areas the council covers (a layer-1 council: all of the municipality's)
 * @param attendees  the members present, by name (council members are named in minutes)
 * @param before     gap counts by type in the council's areas when the session opened
 * @param after      the same when it closed (empty while open)
 */
record CouncilSession(String id, String councilId, String councilName, int layer, String title, LocalDate date,
                      String agenda, List<String> attendees, State state, String openedAt, String openedBy,
                      String closedAt, String closedBy, List<String> areaIds, Map<GapType, Integer> before,
                      Map<GapType, Integer> after) {

    enum State { OPEN, CLOSED }

    CouncilSession {
        attendees = List.copyOf(attendees);
        areaIds = List.copyOf(areaIds);
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }

    boolean open() {
        return state == State.OPEN;
    }
}
