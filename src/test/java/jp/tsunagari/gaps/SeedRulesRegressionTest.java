package jp.tsunagari.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The rules an unseen city showed wrong (issue 13), each on a small town of its own: membership of networks of
 * networks, inactive meaning absent everywhere, hierarchical area filters, and messages naming by display name.
 */
class SeedRulesRegressionTest {

    // ------------------------------------------------------------------ networks of networks

    @Test
    void memberOfAnAreaNetworkBelongingToTheMunicipalNetworkIsNotOutsideIt() {
        var findings = new TestNetwork()
                .organization("in-area", "あおば介護", true, "n1", "HOME_CARE")
                .organization("outside", "さくら介護", true, "n2", "HOME_CARE")
                .providerNetwork("d1-hc", true, "HOME_CARE", "d1", Set.of("in-area"), Set.of())
                .providerNetwork("city-hc", true, "HOME_CARE", "city", Set.of(), Set.of("d1-hc"))
                .detect(new OutsideSameKindNetworkDetector());

        assertThat(findings).extracting(Finding::subject, f -> f.related().getFirst()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("outside", "d1-hc"),
                org.assertj.core.groups.Tuple.tuple("outside", "city-hc"));
    }

    @Test
    void membershipIsTransitiveAtAnyDepthAndACycleDoesNotLoop() {
        var town = new TestNetwork()
                .organization("deep", "あおば介護", true, "n1", "HOME_CARE")
                .providerNetwork("n1-hc", true, "HOME_CARE", "n1", Set.of("deep"), Set.of("city-hc"))
                .providerNetwork("d1-hc", true, "HOME_CARE", "d1", Set.of(), Set.of("n1-hc"))
                .providerNetwork("city-hc", true, "HOME_CARE", "city", Set.of(), Set.of("d1-hc"));

        assertThat(town.detect(new OutsideSameKindNetworkDetector())).isEmpty();
        assertThat(town.build().membersOf("city-hc")).containsExactly("deep");
    }

    @Test
    void crossKindNetworkOffersWhatTheMembersOfItsMemberNetworksOffer() {
        var findings = new TestNetwork().resident("r1", "n1", "CARE_1", "HOME_CARE")
                .organization("care", "あおば介護", true, "n1", "HOME_CARE")
                .providerNetwork("n1-hc", true, "HOME_CARE", "n1", Set.of("care"), Set.of())
                .providerNetwork("d1-hc", true, "HOME_CARE", "d1", Set.of(), Set.of("n1-hc"))
                .providerNetwork("d1-cross", false, null, "d1", Set.of(), Set.of("d1-hc"))
                .detect(new CrossKindDetectors.MissingKind());

        assertThat(findings).isEmpty();
    }

    // ------------------------------------------------------------------ inactive means absent

    @Test
    void associationWhoseOnlyNpoIsInactiveHasNoNpoAndActiveOnesAreProposed() {
        var town = new TestNetwork()
                .organization("stopped", "NPO 休止中", false, "d1", "SHOPPING")
                .organization("active", "NPO ささえあい", true, "d1", "SHOPPING")
                .association("a1", "n1", Set.of("stopped"), Set.of())
                .association("a2", "n2", Set.of("active"), Set.of());
        var findings = town.detect(new AssociationReferralDetectors.WithoutNpo());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("a1");
            assertThat(f.related()).containsExactly("stopped");
            assertThat(f.action().candidates()).containsExactly("active");
            assertThat(town.ja(f.message())).contains("a1自治会", "NPO 休止中", "休止");
            assertThat(town.en(f.message())).contains("no longer active");
            assertThat(town.ja(f.action().message())).contains("NPO ささえあい");
        });
    }

    @Test
    void anAssociationWithOneActiveAndOneInactiveNpoHasAWorkingLink() {
        assertThat(new TestNetwork()
                .organization("stopped", "NPO 休止中", false, "d1", "SHOPPING")
                .organization("active", "NPO ささえあい", true, "d1", "SHOPPING")
                .association("a1", "n1", Set.of("stopped", "active"), Set.of())
                .detect(new AssociationReferralDetectors.WithoutNpo())).isEmpty();
    }

    @Test
    void anInactiveHelperIsNoKeyPerson() {
        var town = new TestNetwork().resident("r1", "n1", "CARE_1").resident("r2", "n1", "CARE_1")
                .person("p1", "MINSEI_IIN", false).supports("p1", "r1", "WATCHING").supports("p1", "r2", "WATCHING");
        assertThat(town.detect(new KeyPersonDetector())).isEmpty();
    }

    @Test
    void aResidentWhoseIndividualNetworkHasOnlyStoppedMembersIsIsolatedAndTheMessageSaysWhy() {
        var town = new TestNetwork().resident("r1", "n1", "CARE_2").named("r1", "山田 花子")
                .resident("r2", "n1", "CARE_2")
                .person("stopped", "VOLUNTEER", false).person("active", "VOLUNTEER", true)
                .organization("salon", "ふれあいサロン", false, "n1", "SOCIAL")
                .network("net-r1", "r1", "stopped", "salon")
                .network("net-r2", "r2", "stopped", "active");
        var findings = town.detect(new IsolatedResidentDetector());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("r1");
            assertThat(town.ja(f.message())).contains("山田 花子", "個別ネットワークのメンバーも全員活動を休止");
            assertThat(town.en(f.message())).contains("山田 花子", "nobody in their individual network is active");
        });
    }

    // ------------------------------------------------------------------ hierarchical area filters

    @Test
    void aMunicipalityFilterKeepsTheFindingsOfEveryAreaBelowIt() {
        var town = cityWithOneGapPerNeighbourhood();
        SupportNetwork network = town.build();
        List<Finding> all = town.detect(new IsolatedResidentDetector());

        assertThat(all.stream().filter(AreaFilter.within(network, "city"))).extracting(Finding::subject)
                .containsExactlyInAnyOrder("r1", "r2", "r3");
        assertThat(all.stream().filter(AreaFilter.within(network, "d1"))).extracting(Finding::subject)
                .containsExactlyInAnyOrder("r1", "r2");
        assertThat(all.stream().filter(AreaFilter.within(network, "n2"))).extracting(Finding::subject)
                .containsExactly("r2");
    }

    @Test
    void aNeighbourhoodFilterKeepsProvidersServingItAndNotAreaLevelFindingsOfItsDailyLifeArea() {
        var town = new TestNetwork()
                .organization("serves-d1", "あおば介護", true, "d1", "HOME_CARE")
                .organization("serves-n2", "さくら介護", true, "n2", "HOME_CARE")
                .providerNetwork("d1-hc", true, "HOME_CARE", "d1", Set.of(), Set.of());
        SupportNetwork network = town.build();
        List<Finding> outside = town.detect(new OutsideSameKindNetworkDetector());
        List<Finding> noCrossKind = town.detect(new NoCrossKindNetworkDetector());

        assertThat(outside.stream().filter(AreaFilter.within(network, "n1"))).extracting(Finding::subject)
                .containsExactly("serves-d1");
        assertThat(outside.stream().filter(AreaFilter.within(network, "n2"))).extracting(Finding::subject)
                .containsExactlyInAnyOrder("serves-d1", "serves-n2");
        assertThat(noCrossKind.stream().filter(AreaFilter.within(network, "n1"))).isEmpty();
        assertThat(noCrossKind.stream().filter(AreaFilter.within(network, "city"))).extracting(Finding::subject)
                .containsExactlyInAnyOrder("d1", "d2");
    }

    // ------------------------------------------------------------------ names and plurals

    @Test
    void keyPersonIsNamedByNameWithTheRightPluralNeverById() {
        var town = new TestNetwork().resident("r1", "n1", "CARE_1").resident("r2", "n1", "CARE_1")
                .person("p1", "MINSEI_IIN", true).named("p1", "佐藤 民生委員")
                .supports("p1", "r1", "WATCHING").supports("p1", "r2", "WATCHING");
        Finding keyPerson = town.detect(new KeyPersonDetector()).getFirst();

        assertThat(town.ja(keyPerson.message())).contains("佐藤 民生委員", "2 人").doesNotContain("p1");
        assertThat(town.en(keyPerson.message())).contains("佐藤 民生委員", "2 residents");
    }

    @Test
    void singleSupporterNamesTheResidentAndTheHelperAndSaysOneNeedInTheSingular() {
        var town = new TestNetwork().resident("r1", "n1", "CARE_3", "MEALS").named("r1", "山田 ハナ")
                .person("p1", "NEIGHBOR", true).named("p1", "鈴木 一郎").supports("p1", "r1", "WATCHING");
        Finding single = town.detect(new SingleSupporterDetector()).getFirst();
        Finding notFormed = town.detect(new NetworkNotFormedDetector()).getFirst();

        assertThat(town.ja(single.message())).contains("山田 ハナ", "鈴木 一郎").doesNotContain("r1").doesNotContain("p1");
        assertThat(town.en(notFormed.message())).contains("one supporter", "one need");
    }

    private static TestNetwork cityWithOneGapPerNeighbourhood() {
        return new TestNetwork().resident("r1", "n1", "CARE_1").resident("r2", "n2", "CARE_1")
                .resident("r3", "n3", "CARE_1");
    }
}
