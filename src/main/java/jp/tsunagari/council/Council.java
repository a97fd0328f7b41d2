package jp.tsunagari.council;

import java.util.List;

/** A council (協議体), the daily-life areas it covers and who sits on it. */
record Council(String id, String name, int layer, List<String> areaIds, List<Member> members) {

    /** A person or organization sitting on the council. */
    record Member(String id, String name) {
    }

    Council {
        areaIds = List.copyOf(areaIds);
        members = List.copyOf(members);
    }
}
