package jp.tsunagari.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Provider-network and association detectors on small hand-made networks. */
class ProviderAndAssociationDetectorsTest {

    @Test
    void providerOfTheServiceOutsideTheSameKindNetworkCoveringItsAreaIsReported() {
        var findings = new TestNetwork()
                .organization("in", "あおば介護", true, "n1", "HOME_CARE")
                .organization("out", "さくら介護", true, "n2", "HOME_CARE")
                .organization("other-area", "遠方介護", true, "n3", "HOME_CARE")
                .organization("stopped", "休止介護", false, "n1", "HOME_CARE")
                .organization("other-service", "デイ", true, "n1", "DAY_CARE")
                .providerNetwork("hc", true, "HOME_CARE", "d1", Set.of("in"), Set.of())
                .detect(new OutsideSameKindNetworkDetector());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("out");
            assertThat(f.related()).containsExactly("hc");
            assertThat(f.area()).isEqualTo("d1");
        });
    }

    @Test
    void dailyLifeAreaWithoutACrossKindNetworkIsReportedWithItsCoordinator() {
        var findings = new TestNetwork().providerNetwork("x", false, null, "d1", Set.of(), Set.of())
                .providerNetwork("same", true, "HOME_CARE", "d2", Set.of(), Set.of())
                .layer2Coordinator("c2", "d2").detect(new NoCrossKindNetworkDetector());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("d2");
            assertThat(f.action().candidates()).containsExactly("c2");
        });
    }

    @Test
    void associationWithoutNpoGetsTheAreasNposSuggested() {
        var findings = new TestNetwork().organization("npo1", "NPO ささえあい", true, "d1", "SHOPPING")
                .organization("npo-far", "NPO 遠方", true, "d2", "SHOPPING")
                .association("a1", "n1", Set.of(), Set.of("SHOPPING"))
                .association("a2", "n2", Set.of("npo1"), Set.of())
                .detect(new AssociationReferralDetectors.WithoutNpo());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("a1");
            assertThat(f.action().candidates()).containsExactly("npo1");
        });
    }

    @Test
    void needNoReferredNpoOffersIsUnreferredAndSuspendedNposDoNotCount() {
        var findings = new TestNetwork().organization("npo1", "NPO 買い物", true, "d1", "SHOPPING")
                .organization("npo2", "NPO 移動", false, "d1", "TRANSPORT")
                .organization("npo3", "NPO 送迎", true, "d1", "TRANSPORT")
                .association("a1", "n1", Set.of("npo1", "npo2"), Set.of("SHOPPING", "TRANSPORT"))
                .detect(new AssociationReferralDetectors.UnreferredNeed());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.related()).containsExactly("TRANSPORT");
            assertThat(f.action().candidates()).containsExactly("npo3");
        });
    }

    @Test
    void areaWithNoProviderForResidentsNeedsIsShortAndOtherAreasProvidersAreSuggested() {
        var network = new TestNetwork().organization("far", "遠方介護", true, "d2", "HOME_CARE");
        for (int i = 0; i < 5; i++) {
            network.resident("r" + i, "n1", "CARE_2", "HOME_CARE");
        }
        assertThat(network.detect(new AreaServiceDetectors.Shortage())).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("d1");
            assertThat(f.related()).containsExactly("HOME_CARE");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.action().candidates()).containsExactly("far");
        });
        network.residents.remove("r4");
        assertThat(network.detect(new AreaServiceDetectors.Shortage())).as("four residents: below the minimum").isEmpty();
    }

    @Test
    void manyProvidersForFewResidentsAreADuplication() {
        var network = new TestNetwork().resident("r1", "n1", "CARE_2", "DAY_CARE");
        for (int i = 0; i < 4; i++) {
            network.organization("day" + i, "デイ" + i, true, "n1", "DAY_CARE");
        }
        assertThat(network.detect(new AreaServiceDetectors.Duplication())).singleElement()
                .satisfies(f -> assertThat(f.related()).containsExactly("DAY_CARE"));
        assertThat(network.detect(new AreaServiceDetectors.NoSameKindNetwork())).singleElement()
                .satisfies(f -> assertThat(f.action().candidates()).hasSize(4));
        network.providerNetwork("day-net", true, "DAY_CARE", "city", Set.of("day0"), Set.of());
        assertThat(network.detect(new AreaServiceDetectors.NoSameKindNetwork())).as("a city-wide network covers d1").isEmpty();
    }

    @Test
    void crossKindNetworkMissingAKindReachesMembersOfMemberNetworks() {
        var network = new TestNetwork().resident("r1", "n1", "CARE_2", "HOME_CARE", "TRANSPORT")
                .organization("hc", "あおば介護", true, "d1", "HOME_CARE")
                .organization("taxi", "タクシー", true, "d1", "TRANSPORT")
                .providerNetwork("same", true, "HOME_CARE", "d1", Set.of("hc"), Set.of())
                .providerNetwork("cross", false, null, "d1", Set.of(), Set.of("same"));

        assertThat(network.detect(new CrossKindDetectors.MissingKind())).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("cross");
            assertThat(f.related()).containsExactly("TRANSPORT");
            assertThat(f.action().candidates()).containsExactly("taxi");
        });
        assertThat(network.detect(new CrossKindDetectors.SiloedCluster())).as("same is a member of cross").isEmpty();
    }

    @Test
    void sameKindNetworkConnectedToNothingInAnAreaWithACrossKindNetworkIsSiloed() {
        var findings = new TestNetwork()
                .organization("shop1", "商店1", true, "d1", "SHOPPING").organization("shop2", "商店2", true, "d1", "SHOPPING")
                .providerNetwork("shops", true, "SHOPPING", "d1", Set.of("shop1", "shop2"), Set.of())
                .providerNetwork("cross", false, null, "d1", Set.of(), Set.of())
                .detect(new CrossKindDetectors.SiloedCluster());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("shops");
            assertThat(f.action().candidates()).containsExactly("cross");
        });
    }
}
