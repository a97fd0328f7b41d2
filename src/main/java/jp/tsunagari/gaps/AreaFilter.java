package jp.tsunagari.gaps;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Which findings an area filter keeps, at any level of the area tree: a municipality keeps every finding of the areas
 * below it, a daily-life area those lying in it, a neighbourhood those of its residents and associations and of the
 * providers serving it.
 * <p>
 * A finding lies where what it is about lives: a resident's findings (and their individual network's) in the
 * resident's neighbourhood; a key person's where the residents depending on them live; an association's in its area;
 * an area- or network-level finding in its daily-life area. A provider outside its same-kind network lies in every area
 * it serves — including the neighbourhoods of a daily-life area it serves as a whole.
 */
final class AreaFilter {

    private AreaFilter() {
    }

    /** The findings lying in {@code areaId} or below it (the network's area tree; the area must exist). */
    static Predicate<Finding> within(SupportNetwork network, String areaId) {
        return finding -> places(network, finding).anyMatch(place -> network.within(place, areaId))
                || finding.type() == GapType.OUTSIDE_SAME_KIND_NETWORK && served(network, finding)
                        .anyMatch(served -> network.within(areaId, served));
    }

    private static Stream<String> places(SupportNetwork network, Finding f) {
        Stream<String> exact = switch (f.type()) {
            case ISOLATED_RESIDENT, SINGLE_SUPPORTER, UNMET_NEED, NETWORK_NOT_FORMED -> residentAreas(network,
                    List.of(f.subject()));
            case NO_COORDINATOR_ROUTE, KEY_PERSON -> residentAreas(network, f.related());
            case ASSOCIATION_WITHOUT_NPO, UNREFERRED_NEED -> {
                SupportNetwork.Association a = network.associations().get(f.subject());
                yield a == null ? Stream.empty() : Stream.of(a.areaId());
            }
            case OUTSIDE_SAME_KIND_NETWORK -> served(network, f);
            default -> Stream.empty();
        };
        return Stream.concat(exact, Stream.of(f.area())).filter(Objects::nonNull);
    }

    private static Stream<String> residentAreas(SupportNetwork network, List<String> residentIds) {
        return residentIds.stream().map(network.residents()::get).filter(Objects::nonNull)
                .map(SupportNetwork.Resident::areaId);
    }

    private static Stream<String> served(SupportNetwork network, Finding f) {
        SupportNetwork.Provider p = network.providers().get(f.subject());
        return p == null ? Stream.empty() : p.serves().stream();
    }
}
