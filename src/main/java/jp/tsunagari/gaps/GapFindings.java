package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import jp.tsunagari.security.AreaScope;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import org.springframework.stereotype.Component;

/**
 * The current findings for views of other modules, under the same rules as {@code GET /api/gaps}: coordinators
 * only (others are refused, logged and audited), each seeing the findings of their own daily-life areas; most
 * urgent first; texts rendered in the given language.
 */
@Component
public class GapFindings {

    private final GapEngine engine;
    private final CurrentUser user;
    private final Messages messages;
    private final ReaderNames names;

    GapFindings(GapEngine engine, CurrentUser user, Messages messages, ReaderNames names) {
        this.engine = engine;
        this.user = user;
        this.messages = messages;
        this.names = names;
    }

    /**
     * The findings lying in an area — a municipality, a daily-life area or a neighbourhood, see
     * {@link AreaFilter} — within the user's areas (empty outside them).
     */
    public List<GapItem> forArea(String areaId, Locale locale) {
        return render(visibleFindings(areaId, null), locale);
    }

    /** The findings whose subject is this node (a resident, an organization, a network…). */
    public List<GapItem> about(String nodeId, Locale locale) {
        return render(visible(f -> Objects.equals(nodeId, f.subject())), locale);
    }

    /** Whether there is such an area. */
    public boolean knowsArea(String areaId) {
        return engine.read(network -> network.knowsArea(areaId));
    }

    /**
     * What-if (nothing is saved): the findings, within the user's areas, that would be new if these nodes stopped —
     * and, when given, every provider offering that service kind and/or serving within that area (at any level).
     */
    public WhatIf whatIf(Collection<String> nodeIds, String serviceKind, String areaId, Locale locale) {
        WhatIfAnalysis.WhatIf result = whatIf(nodeIds, serviceKind, areaId);
        return new WhatIf(result.stopped(), render(result.newFindings(), locale));
    }

    /** The raw what-if for the REST API: new findings within the user's areas, most urgent first. */
    WhatIfAnalysis.WhatIf whatIf(Collection<String> nodeIds, String serviceKind, String areaId) {
        user.requireRole(Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR);
        AreaScope scope = user.residentScope();
        WhatIfAnalysis.WhatIf result = engine.whatIf(nodeIds, serviceKind, areaId);
        return new WhatIfAnalysis.WhatIf(result.stopped(), result.newFindings().stream()
                .filter(f -> scope.contains(f.area())).sorted(Finding.URGENCY).toList());
    }

    /**
     * The findings the user may see (coordinators: those of their areas), in an area and below it when
     * {@code areaId} is given, of one type when {@code type} is; most urgent first.
     */
    List<Finding> visibleFindings(String areaId, GapType type) {
        Predicate<Finding> ofType = f -> type == null || f.type() == type;
        if (areaId == null) {
            return visible(ofType);
        }
        return engine.read(network -> {
            if (!network.knowsArea(areaId)) {
                return List.<Finding>of();
            }
            Predicate<Finding> inArea = AreaFilter.within(network, areaId);
            return visible(ofType.and(inArea));
        });
    }

    /** What would stop, and the findings that would be new (most urgent first). */
    public record WhatIf(List<String> stopped, List<GapItem> newFindings) {
    }

    /**
     * The kinds of gap that are about an area or a provider network, never about a resident or a person: what a
     * council (協議体) may be shown.
     */
    public static final Set<GapType> AREA_LEVEL = EnumSet.of(GapType.NO_SAME_KIND_NETWORK, GapType.SERVICE_SHORTAGE,
            GapType.SERVICE_DUPLICATION, GapType.NO_CROSS_KIND_NETWORK, GapType.CROSS_KIND_MISSING_KIND,
            GapType.SILOED_CLUSTER);

    /** Which argument of an area-level message counts residents (suppressed below the minimum cell size). */
    private static final Map<GapType, Integer> RESIDENT_COUNT_ARGUMENT = Map.of(GapType.SERVICE_SHORTAGE, 2,
            GapType.SERVICE_DUPLICATION, 2, GapType.CROSS_KIND_MISSING_KIND, 2);

    /**
     * The area-level findings of one daily-life area ({@link #AREA_LEVEL}), plus one {@code NETWORK_NOT_FORMED}
     * item about the area itself counting its residents who need an individual network and have none — for
     * coordinators (their own areas; empty outside them) and council viewers (every area). Nothing in them names or
     * identifies a resident; for users who see suppressed counts (councils), resident counts under the minimum cell
     * size read 「10未満」 and the suggested candidates are left out.
     */
    public List<GapItem> areaLevel(String dailyLifeAreaId, Locale locale) {
        user.requireRole(Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR, Role.COUNCIL_VIEWER);
        boolean coordinator = user.has(Role.LAYER1_COORDINATOR) || user.has(Role.LAYER2_COORDINATOR);
        AreaScope scope = coordinator ? user.residentScope() : AreaScope.ALL;
        int below = user.suppressesSmallCounts() ? user.minimumCellSize() : 0;
        List<Finding> inArea = engine.findings().stream()
                .filter(f -> scope.contains(f.area()))
                .filter(f -> Objects.equals(dailyLifeAreaId, f.area()))
                .toList();
        Messages.Names reader = names.forCurrentUser();
        List<GapItem> items = new ArrayList<>();
        inArea.stream().filter(f -> AREA_LEVEL.contains(f.type())).sorted(Finding.URGENCY).forEach(f -> {
            Finding.Text message = suppressed(f.message(), RESIDENT_COUNT_ARGUMENT.get(f.type()), below);
            items.add(new GapItem(f.type(), f.severity(), f.area(), f.subject(), f.related(),
                    messages.render(message, locale, reader), messages.render(f.action().message(), locale, reader),
                    below > 0 ? List.of() : f.action().candidates()));
        });
        long notFormed = inArea.stream().filter(f -> f.type() == GapType.NETWORK_NOT_FORMED).count();
        if (notFormed > 0) {
            Finding.Text message = suppressed(new Finding.Text("gap.NETWORK_NOT_FORMED.area",
                    List.of(Messages.Named.of(dailyLifeAreaId), new Messages.Count("residents", notFormed))), 1, below);
            items.add(new GapItem(GapType.NETWORK_NOT_FORMED, Severity.MEDIUM, dailyLifeAreaId, dailyLifeAreaId,
                    List.of(), messages.render(message, locale, reader),
                    messages.render(new Finding.Text("gap.NETWORK_NOT_FORMED.area.action", List.of()), locale, reader),
                    List.of()));
        }
        return List.copyOf(items);
    }

    /** What a finding is and where, without its texts (council sessions: issue 14). */
    public record Key(GapType type, String subject, String area) {
    }

    /**
     * The type and subject of every current finding lying in these daily-life areas — server-side bookkeeping for a
     * council session (before/after counts by type, the gaps each change opened or closed). No texts and no user
     * check: it runs on no user's behalf after a change, and the caller shows what it derives only to those allowed
     * to see these areas.
     */
    public List<Key> keysIn(Collection<String> dailyLifeAreaIds) {
        Set<String> areas = Set.copyOf(dailyLifeAreaIds);
        return engine.findings().stream().filter(f -> areas.contains(f.area()))
                .map(f -> new Key(f.type(), f.subject(), f.area())).toList();
    }

    /** The text with its resident count (argument {@code index}) shown as 「10未満」 when below {@code below}. */
    private static Finding.Text suppressed(Finding.Text text, Integer index, int below) {
        if (index == null || below <= 0 || index >= text.args().size()
                || !(text.args().get(index) instanceof Messages.Count count) || count.value() >= below) {
            return text;
        }
        List<Object> args = new ArrayList<>(text.args());
        args.set(index, new Messages.Count(count.noun(), below, true));
        return new Finding.Text(text.key(), args);
    }

    private List<Finding> visible(Predicate<Finding> wanted) {
        user.requireRole(Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR);
        AreaScope scope = user.residentScope();
        return engine.findings().stream()
                .filter(f -> scope.contains(f.area()))
                .filter(wanted)
                .sorted(Finding.URGENCY)
                .toList();
    }

    private List<GapItem> render(List<Finding> findings, Locale locale) {
        Messages.Names reader = names.forCurrentUser();
        return findings.stream().map(f -> new GapItem(f.type(), f.severity(), f.area(), f.subject(), f.related(),
                messages.render(f.message(), locale, reader), messages.render(f.action().message(), locale, reader),
                f.action().candidates())).toList();
    }
}
