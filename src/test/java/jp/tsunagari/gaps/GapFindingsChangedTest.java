package jp.tsunagari.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.network.ResidentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * {@link GapFindingsChanged} is published once the engine has applied a committed change — a listener already reads
 * the new findings — naming the change's nodes and the daily-life area whose findings it touched.
 */
@TsunagariTest
@WithMockUser(username = "test-layer1", roles = "LAYER1_COORDINATOR")
class GapFindingsChangedTest {

    @Autowired GapEngine engine;
    @Autowired Projection projection;
    @Autowired Driver driver;
    @Autowired ConfigurableApplicationContext context;
    @Autowired ResidentService residents;

    final List<GapFindingsChanged> received = new ArrayList<>();
    final List<Boolean> isolatedWhenReceived = new ArrayList<>();
    ApplicationListener<PayloadApplicationEvent<GapFindingsChanged>> listener;

    @BeforeEach
    void town() {
        TestGraph graph = new TestGraph(driver);
        graph.clear();
        graph.run("""
                CREATE (city:Area {id: 'g-city', name: 'テスト市', level: 'MUNICIPALITY'}),
                       (d1:Area {id: 'g-d1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (d2:Area {id: 'g-d2', name: '東部圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (n1:Area {id: 'g-n1', name: '桜地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d1),
                       (:Resident {id: 'g-r1', name: '山田 花子', pseudonym: '住民-9201', livesAlone: true,
                                   careLevel: 'CARE_2', consentToShare: false})-[:LIVES_IN]->(n1),
                       (:Person {id: 'g-p1', name: '佐藤 一郎', role: 'NEIGHBOR'})""");
        engine.refresh();
        listener = event -> {
            received.add(event.getPayload());
            // Still on the committing thread, after commit: the database cannot be read here, so only an engine
            // that is current (not about to reload) is asked.
            if (!event.getPayload().everything()) {
                isolatedWhenReceived.add(isolated("g-r1"));
            }
        };
        context.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(listener);
    }

    @Test
    void publishedAfterTheEngineAppliedTheChangeNamingItsNodesAndArea() {
        assertThat(isolated("g-r1")).isTrue();

        residents.addSupport(new ResidentService.NewSupport("g-p1", "g-r1", "WATCHING", null));

        assertThat(received).hasSize(1);
        GapFindingsChanged change = received.getFirst();
        assertThat(isolatedWhenReceived).as("the listener already read the new findings").containsExactly(false);
        assertThat(change.ids()).contains("g-p1", "g-r1");
        assertThat(change.areaIds()).containsExactly("g-d1");
        assertThat(change.everything()).isFalse();
        assertThat(change.concerns("g-d1", List.of())).isTrue();
        assertThat(change.concerns("g-d2", List.of("g-other"))).isFalse();
        assertThat(change.concerns("g-d2", List.of("g-p1"))).as("a view drawing the helper").isTrue();
    }

    @Test
    void saysEverythingMayHaveChangedWhenTheProjectionWillBeReloaded() {
        residents.create(new ResidentService.NewResident("g-r2", "川口 正夫", "g-n1", false,
                jp.tsunagari.network.CareLevel.SUPPORT_1, false, java.util.Set.of()));
        new TestGraph(driver).run("""
                MATCH (p:Person {id: 'g-p1'}), (r:Resident {id: 'g-r2'})
                CREATE (p)-[:SUPPORTS {service: 'WATCHING'}]->(r)"""); // not through the app
        projection.checkForOutsideChanges();
        residents.addNeed("g-r2", "SHOPPING");

        assertThat(received).hasSize(2);
        assertThat(received.getLast().everything()).isTrue();
        assertThat(received.getLast().concerns("g-d2", List.of())).isTrue();
    }

    @Test
    void changeAppliedHereIsNotTakenForAnOutsideOne() {
        residents.create(new ResidentService.NewResident("g-r3", "森 洋子", "g-n1", true,
                jp.tsunagari.network.CareLevel.SUPPORT_1, false, java.util.Set.of()));
        var applied = engine.current();
        projection.checkForOutsideChanges(); // the counts moved, but by the change already applied

        assertThat(projection.isStale()).isFalse();
        assertThat(engine.current()).as("not reloaded").isSameAs(applied);
        assertThat(isolated("g-r3")).isTrue();
    }

    private boolean isolated(String resident) {
        return engine.findings().stream()
                .anyMatch(f -> f.type() == GapType.ISOLATED_RESIDENT && f.subject().equals(resident));
    }
}
