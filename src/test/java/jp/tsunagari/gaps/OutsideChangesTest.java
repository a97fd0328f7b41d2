package jp.tsunagari.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** Writes that bypass this instance (an analyst over Bolt, another instance) reach the findings after the check. */
@TsunagariTest
class OutsideChangesTest {

    @Autowired GapEngine engine;
    @Autowired Projection projection;
    @Autowired Driver driver;

    @Test
    void writeOverBoltIsNoticedByTheChangeCheck() {
        TestGraph graph = new TestGraph(driver);
        graph.clear();
        graph.run("""
                CREATE (d:Area {id: 'd1', name: '中央圏域', level: 'DAILY_LIFE_AREA'}),
                       (:Resident {id: 'r-out', name: 'A', pseudonym: '住民-9100', careLevel: 'SUPPORT_1'})-[:LIVES_IN]->(d)""");
        engine.refresh();
        assertThat(isolated()).isTrue();

        graph.run("""
                MATCH (r:Resident {id: 'r-out'})
                CREATE (:Person {id: 'p-out', name: 'B', role: 'NEIGHBOR'})-[:SUPPORTS {service: 'WATCHING'}]->(r)""");
        assertThat(isolated()).as("no event came: the snapshot is unchanged until the check").isTrue();

        projection.checkForOutsideChanges();
        assertThat(isolated()).isFalse();
    }

    @Test
    void unchangedDatabaseCausesNoReload() {
        new TestGraph(driver).clear();
        engine.refresh();
        var before = engine.current();
        projection.checkForOutsideChanges();
        engine.findings();
        assertThat(engine.current()).isSameAs(before);
    }

    private boolean isolated() {
        return engine.findings().stream()
                .anyMatch(f -> f.type() == GapType.ISOLATED_RESIDENT && f.subject().equals("r-out"));
    }
}
