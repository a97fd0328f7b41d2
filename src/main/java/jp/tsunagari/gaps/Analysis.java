package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The findings on one state of the support network, kept by what they are about so that a change replaces only its
 * own: per resident (the resident-level types), per key person, and the area- and provider-level ones together (a
 * city has hundreds). Changed only under the {@link Projection}'s write lock.
 */
final class Analysis {

    private final Map<String, List<Finding>> byResident;
    private final Map<String, Finding> byKeyPerson;
    private List<Finding> areaLevel;

    Analysis(Map<String, List<Finding>> byResident, Map<String, Finding> byKeyPerson, List<Finding> areaLevel) {
        this.byResident = byResident;
        this.byKeyPerson = byKeyPerson;
        this.areaLevel = List.copyOf(areaLevel);
    }

    Map<String, List<Finding>> byResident() {
        return byResident;
    }

    Map<String, Finding> byKeyPerson() {
        return byKeyPerson;
    }

    List<Finding> areaLevel() {
        return areaLevel;
    }

    void replaceAreaLevel(List<Finding> findings) {
        areaLevel = List.copyOf(findings);
    }

    int size() {
        return byResident.values().stream().mapToInt(List::size).sum() + byKeyPerson.size() + areaLevel.size();
    }

    List<Finding> all() {
        List<Finding> all = new ArrayList<>(byResident.size() + byKeyPerson.size() + areaLevel.size());
        byResident.values().forEach(all::addAll);
        all.addAll(byKeyPerson.values());
        all.addAll(areaLevel);
        return all;
    }
}
