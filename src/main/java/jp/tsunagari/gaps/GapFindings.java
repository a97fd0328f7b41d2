package jp.tsunagari.gaps;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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

    GapFindings(GapEngine engine, CurrentUser user, Messages messages) {
        this.engine = engine;
        this.user = user;
        this.messages = messages;
    }

    /** The findings lying in one daily-life area (empty outside the user's areas). */
    public List<GapItem> forArea(String dailyLifeAreaId, Locale locale) {
        return visible(f -> Objects.equals(dailyLifeAreaId, f.area()), locale);
    }

    /** The findings whose subject is this node (a resident, an organization, a network…). */
    public List<GapItem> about(String nodeId, Locale locale) {
        return visible(f -> Objects.equals(nodeId, f.subject()), locale);
    }

    /**
     * What-if (nothing is saved): the findings, within the user's areas, that would be new if these nodes stopped —
     * and, when given, every provider offering that service kind and/or serving within that area.
     */
    public WhatIf whatIf(Collection<String> nodeIds, String serviceKind, String areaId, Locale locale) {
        user.requireRole(Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR);
        AreaScope scope = user.residentScope();
        GapEngine.WhatIf result = engine.whatIf(nodeIds, serviceKind, areaId);
        return new WhatIf(result.stopped(), result.newFindings().stream()
                .filter(f -> GapController.visible(scope, f))
                .sorted(GapController.URGENCY)
                .map(f -> item(f, locale))
                .toList());
    }

    /** What would stop, and the findings that would be new (most urgent first). */
    public record WhatIf(List<String> stopped, List<GapItem> newFindings) {
    }

    private List<GapItem> visible(Predicate<Finding> wanted, Locale locale) {
        user.requireRole(Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR);
        AreaScope scope = user.residentScope();
        return engine.findings().stream()
                .filter(f -> GapController.visible(scope, f))
                .filter(wanted)
                .sorted(GapController.URGENCY)
                .map(f -> item(f, locale))
                .toList();
    }

    private GapItem item(Finding f, Locale locale) {
        return new GapItem(f.type(), f.severity(), f.area(), f.subject(), f.related(),
                messages.render(f.message(), locale), messages.render(f.action().message(), locale),
                f.action().candidates());
    }
}
