package jp.tsunagari.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.demo.DemoCityFixture;
import jp.tsunagari.network.ContactMethod;
import jp.tsunagari.network.IndividualNetworkService;
import jp.tsunagari.network.OrganizationService;
import jp.tsunagari.network.ResidentService;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Changes made through the domain services reach the findings without a reload — applied one by one to the
 * projection — and leave exactly the findings a full recomputation finds.
 */
@TsunagariTest
@WithMockUser(username = "test-layer1", roles = "LAYER1_COORDINATOR")
class IncrementalUpdatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired GapEngine engine;
    @Autowired Driver driver;
    @Autowired ApplicationContext context;
    @Autowired ResidentService residents;
    @Autowired OrganizationService organizations;
    @Autowired IndividualNetworkService networks;

    @Test
    void changesThroughTheServicesAreAppliedWithoutReloadingAndMatchAFullRecomputation() {
        new TestGraph(driver).clear();
        DemoCityFixture.loadHagi(context);
        engine.refresh();
        SupportNetwork projection = engine.current();

        Finding isolated = first(GapType.ISOLATED_RESIDENT);
        String helper = engine.read(n -> n.helpers().values().stream().filter(h -> !h.organization() && h.active())
                .map(SupportNetwork.Helper::id).sorted().findFirst().orElseThrow());
        residents.addSupport(new ResidentService.NewSupport(helper, isolated.subject(), "WATCHING", TODAY));
        assertThat(findingsAbout(isolated.subject(), GapType.ISOLATED_RESIDENT)).isEmpty();
        assertThat(findingsAbout(isolated.subject(), GapType.SINGLE_SUPPORTER)).hasSize(1);

        residents.addNeed(isolated.subject(), "MEALS");
        assertThat(engine.findings()).anyMatch(f -> f.type() == GapType.UNMET_NEED
                && f.subject().equals(isolated.subject()) && f.related().equals(List.of("MEALS")));

        String busiest = engine.read(n -> n.providers().keySet().stream().filter(n::active)
                .max(Comparator.comparing((String o) -> n.residentsTiedTo(o).size()).thenComparing(o -> o))
                .orElseThrow());
        long dependingOnIt = engine.findings().stream()
                .filter(f -> f.type() == GapType.SINGLE_SUPPORTER && f.related().equals(List.of(busiest))).count();
        long isolatedBefore = engine.findings().stream().filter(f -> f.type() == GapType.ISOLATED_RESIDENT).count();
        organizations.setActive(busiest, false);
        assertThat(engine.findings()).noneMatch(f -> f.type() == GapType.SINGLE_SUPPORTER && f.related().contains(busiest));
        assertThat(engine.findings().stream().filter(f -> f.type() == GapType.ISOLATED_RESIDENT).count())
                .isGreaterThanOrEqualTo(isolatedBefore + (dependingOnIt > 0 ? 1 : 0));

        Finding notFormed = first(GapType.NETWORK_NOT_FORMED);
        networks.convene(new IndividualNetworkService.NewIndividualNetwork("inw-test", notFormed.subject(),
                notFormed.related().getFirst(), ContactMethod.PHONE, TODAY, Set.copyOf(notFormed.related())));
        assertThat(findingsAbout(notFormed.subject(), GapType.NETWORK_NOT_FORMED)).isEmpty();

        residents.removeSupport(helper, isolated.subject(), "WATCHING");
        assertThat(findingsAbout(isolated.subject(), GapType.ISOLATED_RESIDENT)).hasSize(1);

        assertThat(engine.current()).as("applied in place, not reloaded").isSameAs(projection);
        List<String> kept = describe(engine.findings());
        engine.refresh();
        assertThat(kept).isEqualTo(describe(engine.findings()));
    }

    /** A key person as a cut point (not one of the brokers, which are computed in the background). */
    private static boolean cutPoint(Finding f) {
        return f.type() == GapType.KEY_PERSON && !f.related().isEmpty();
    }

    private Finding first(GapType type) {
        return engine.findings().stream().filter(f -> f.type() == type && (type != GapType.KEY_PERSON || cutPoint(f)))
                .min(Comparator.comparing(Finding::subject))
                .orElseThrow();
    }

    private List<Finding> findingsAbout(String subject, GapType type) {
        return engine.findings().stream().filter(f -> f.type() == type && f.subject().equals(subject)).toList();
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().filter(f -> f.type() != GapType.KEY_PERSON || cutPoint(f)).map(f -> f.type() + " " + f.subject() + " " + f.related() + " " + f.severity()
                + " " + f.action().candidates()).sorted().toList();
    }
}
