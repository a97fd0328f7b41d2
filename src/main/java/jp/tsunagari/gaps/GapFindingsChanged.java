package jp.tsunagari.gaps;

import java.util.Collection;
import java.util.Set;

/**
 * Published after the gap engine has applied a committed change to its findings, so that views showing them can
 * refresh without racing the engine. {@code ids}: the nodes the change was about (the ids of its
 * {@link jp.tsunagari.network.NetworkChanged}, and the resident of an individual network); {@code areaIds}: the
 * daily-life areas whose findings it may have changed; {@code everything}: anything may have changed (the findings
 * will be reloaded). {@code appliedAtNanos} ({@link System#nanoTime()}) lets a view that read the findings later
 * skip the event.
 * <p>
 * Published on the committing thread after the commit, where the database can no longer be queried: listeners hand
 * the work to a thread of their own (as {@code shell.LiveUpdates} does for views).
 */
public record GapFindingsChanged(Set<String> ids, Set<String> areaIds, boolean everything, long appliedAtNanos) {

    public GapFindingsChanged {
        ids = Set.copyOf(ids);
        areaIds = Set.copyOf(areaIds);
    }

    /** This change and a later one together (a view told of both at once). */
    public GapFindingsChanged and(GapFindingsChanged later) {
        Set<String> allIds = new java.util.HashSet<>(ids);
        allIds.addAll(later.ids());
        Set<String> allAreas = new java.util.HashSet<>(areaIds);
        allAreas.addAll(later.areaIds());
        return new GapFindingsChanged(allIds, allAreas, everything || later.everything(),
                Math.max(appliedAtNanos, later.appliedAtNanos()));
    }

    /** Whether a view of this daily-life area or resident ({@code subject}) drawing these nodes is concerned. */
    public boolean concerns(String subject, Collection<String> drawnIds) {
        return everything || ids.contains(subject) || areaIds.contains(subject)
                || drawnIds.stream().anyMatch(ids::contains);
    }
}
