package jp.tsunagari.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The resident-level detectors on small hand-made networks: empty, single and border cases. */
class ResidentGapDetectorsTest {

    @Test
    void emptyNetworkHasNoFindings() {
        for (GapDetector detector : new GapDetector[] {new IsolatedResidentDetector(), new SingleSupporterDetector(),
                new UnmetNeedDetector(), new NetworkNotFormedDetector(), new KeyPersonDetector()}) {
            assertThat(new TestNetwork().detect(detector)).as(detector.type().name()).isEmpty();
        }
    }

    @Test
    void isolatedResidentIsReportedWhenOnlySupporterIsInactive() {
        var town = new TestNetwork().resident("r1", "n1", "SUPPORT_1", "SALON").named("r1", "山田 ハナ")
                .organization("salon", "ふれあいサロン", false, "n1", "SALON").supports("salon", "r1", "SALON")
                .organization("watch", "見守り隊", true, "d1", "WATCHING");
        var findings = town.detect(new IsolatedResidentDetector());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("r1");
            assertThat(f.area()).isEqualTo("d1");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(town.ja(f.message())).contains("山田 ハナ", "孤立").doesNotContain("r1");
            assertThat(f.action().candidates()).containsExactly("watch");
            assertThat(town.ja(f.action().message())).contains("見守り隊");
        });
    }

    @Test
    void residentWithAnActiveSupporterIsNotIsolated() {
        assertThat(new TestNetwork().resident("r1", "n1", "SUPPORT_1").person("p1", "NEIGHBOR", true)
                .supports("p1", "r1", "WATCHING").detect(new IsolatedResidentDetector())).isEmpty();
    }

    @Test
    void residentInAnIndividualNetworkIsNotIsolatedEvenWithoutSupportTies() {
        assertThat(new TestNetwork().resident("r1", "n1", "CARE_2").person("p1", "CARE_MANAGER", true)
                .network("i1", "r1", "p1").detect(new IsolatedResidentDetector())).isEmpty();
    }

    @Test
    void singleSupporterCountsNetworkMembersAsHelpersToo() {
        var network = new TestNetwork().resident("r1", "n1", "CARE_1").resident("r2", "n1", "CARE_1")
                .person("p1", "NEIGHBOR", true).person("p2", "VOLUNTEER", true)
                .supports("p1", "r1", "WATCHING")
                .supports("p1", "r2", "WATCHING").network("i2", "r2", "p1", "p2");

        assertThat(network.detect(new SingleSupporterDetector())).singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("r1"))
                .satisfies(f -> assertThat(f.related()).containsExactly("p1"));
    }

    @Test
    void unmetNeedSuggestsProvidersServingTheAreaSameKindMembersFirst() {
        var town = new TestNetwork().resident("r1", "n1", "CARE_2", "HOME_CARE", "WATCHING")
                .person("p1", "NEIGHBOR", true).supports("p1", "r1", "WATCHING")
                .organization("a", "あおば介護", true, "d1", "HOME_CARE")
                .organization("b", "さくら介護", true, "n1", "HOME_CARE")
                .organization("far", "遠方介護", true, "d2", "HOME_CARE")
                .organization("stopped", "休止介護", false, "d1", "HOME_CARE")
                .sameKindMember("HOME_CARE", "b");
        var findings = town.detect(new UnmetNeedDetector());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.related()).containsExactly("HOME_CARE");
            assertThat(f.action().candidates()).containsExactly("b", "a");
            assertThat(town.ja(f.message())).contains("訪問介護");
            assertThat(town.en(f.message())).contains("home care");
            assertThat(town.ja(f.action().message())).contains("さくら介護、あおば介護");
        });
    }

    @Test
    void needCoveredOnlyByASuspendedProviderIsUnmet() {
        var town = new TestNetwork().resident("r1", "n1", "CARE_2", "DAY_CARE")
                .organization("day", "デイ", false, "d1", "DAY_CARE").supports("day", "r1", "DAY_CARE");
        var findings = town.detect(new UnmetNeedDetector());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.action().candidates()).isEmpty();
            assertThat(town.ja(f.action().message())).contains("提供している活動中の事業者はありません");
        });
    }

    @Test
    void networkNotFormedSuggestsTheCareManagerThenTheLayer2Coordinator() {
        var findings = new TestNetwork().resident("r1", "n1", "CARE_3", "HOME_CARE")
                .person("cm", "CARE_MANAGER", true).person("nb", "NEIGHBOR", true)
                .supports("nb", "r1", "WATCHING").supports("cm", "r1", "CONSULTATION")
                .layer2Coordinator("c2", "d1").detect(new NetworkNotFormedDetector());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.action().candidates()).containsExactly("cm", "c2");
        });
    }

    @Test
    void independentResidentWithOneSupporterAndOneNeedNeedsNoNetwork() {
        assertThat(new TestNetwork().resident("r1", "n1", "INDEPENDENT", "SALON").person("p1", "NEIGHBOR", true)
                .supports("p1", "r1", "SALON").detect(new NetworkNotFormedDetector())).isEmpty();
    }

    @Test
    void keyPersonIsTheArticulationPointResidentsDependOnEntirely() {
        var findings = new TestNetwork()
                .resident("r1", "n1", "CARE_1").resident("r2", "n1", "CARE_1").resident("r3", "n2", "CARE_1")
                .person("wc", "WELFARE_COMMISSIONER", true).person("p2", "NEIGHBOR", true)
                .supports("wc", "r1", "WATCHING").supports("wc", "r2", "WATCHING")
                .supports("wc", "r3", "WATCHING").supports("p2", "r3", "SHOPPING")
                .layer2Coordinator("c2", "d1")
                .detect(new KeyPersonDetector());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("wc");
            assertThat(f.related()).containsExactly("r1", "r2");
            assertThat(f.action().candidates()).containsExactly("c2");
        });
    }

    @Test
    void helperOfOneResidentOnlyIsNotAKeyPerson() {
        assertThat(new TestNetwork().resident("r1", "n1", "CARE_1").person("p1", "NEIGHBOR", true)
                .supports("p1", "r1", "WATCHING").detect(new KeyPersonDetector())).isEmpty();
    }

    @Test
    void stoppingTheOnlySalonLeavesItsParticipantsNewlyIsolated() {
        var network = new TestNetwork().resident("r1", "n1", "SUPPORT_1", "SALON").resident("r2", "n1", "SUPPORT_1", "SALON")
                .organization("salon", "ふれあいサロン", true, "n1", "SALON").person("p1", "NEIGHBOR", true)
                .supports("salon", "r1", "SALON").supports("salon", "r2", "SALON").supports("p1", "r2", "WATCHING")
                .build();
        var detector = new IsolatedResidentDetector();
        assertThat(detector.detect(network, TestNetwork.SETTINGS, TestNetwork.messages())).isEmpty();

        var after = detector.detect(network.without(java.util.Set.of("salon")), TestNetwork.SETTINGS, TestNetwork.messages());
        assertThat(after).extracting(Finding::subject).containsExactly("r1");
        assertThat(network.active("salon")).as("the network itself is unchanged").isTrue();
    }
}
