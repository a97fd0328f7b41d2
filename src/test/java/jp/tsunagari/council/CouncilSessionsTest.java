package jp.tsunagari.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.network.ResidentService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Council sessions over REST on a small town: who may list, open, read and close them; a change during a session is
 * recorded with the gaps it closed, a change in another area is not; the minutes PDF lists the change and the
 * before/after counts, naming the resident by pseudonym only.
 */
@TsunagariTest
class CouncilSessionsTest {

    @Autowired Driver driver;
    @Autowired PasswordEncoder passwords;
    @Autowired ApplicationContext context;
    @Autowired ResidentService residents;
    @Autowired ObjectProvider<SecurityContextHolderStrategy> strategies;
    @LocalServerPort int port;
    CouncilTown town;

    @BeforeEach
    void town() {
        town = new CouncilTown(new TestGraph(driver), passwords, context, port);
        town.build();
    }

    @Test
    void layer2CoordinatorListsOnlyTheCouncilOfTheirAreaAndCouncilViewersListAll() {
        String layer2 = town.get("/api/councils", CouncilTown.LAYER2).body();
        assertThat(layer2).contains("c-cnc-d1").doesNotContain("c-cnc-d2").doesNotContain("c-cnc1");
        String council = town.get("/api/councils", CouncilTown.COUNCIL).body();
        assertThat(council).contains("c-cnc-d1").contains("c-cnc-d2").contains("c-cnc1").contains("さくら訪問介護");
        assertThat(town.get("/api/councils", CouncilTown.ANALYST).statusCode()).isEqualTo(403);
        assertThat(town.get("/api/councils", CouncilTown.ADMIN).statusCode()).isEqualTo(403);
        assertThat(town.get("/api/councils", null).statusCode()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} opening a session of {1}: {2}")
    @CsvSource({
            "c-layer1,  c-cnc1,    201",
            "c-layer1,  c-cnc-d2,  201",
            "c-layer2,  c-cnc-d1,  201",
            "c-layer2,  c-cnc-d2,  403",
            "c-layer2,  c-cnc1,    403",
            "c-council, c-cnc-d1,  403",
            "c-analyst, c-cnc-d1,  403",
            "c-admin,   c-cnc-d1,  403",
            "c-layer1,  c-nothing, 404",
    })
    void openingASessionFollowsRoleLayerAndArea(String user, String council, int status) {
        var response = town.post("/api/councils/" + council + "/sessions", user,
                "{\"title\":\"12月定例会\",\"date\":\"2026-12-04\",\"agenda\":\"買い物\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (status == 201) {
            assertThat(response.body()).matches("\\{\"id\":\"ses-[0-9a-f-]+\"}");
        }
    }

    @Test
    void aSessionWithoutTitleOrWithABadDateIsRefusedNamingTheField() {
        var noTitle = town.post("/api/councils/c-cnc-d1/sessions", CouncilTown.LAYER2,
                "{\"title\":\" \",\"date\":\"2026-12-04\"}");
        assertThat(noTitle.statusCode()).isEqualTo(400);
        assertThat(noTitle.body()).contains("\"field\":\"title\"");
        var badDate = town.post("/api/councils/c-cnc-d1/sessions", CouncilTown.LAYER2,
                "{\"title\":\"定例会\",\"date\":\"4 December\"}");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("\"field\":\"date\"").contains("「4 December」は日付");
        assertThat(town.graph().count("MATCH (s:CouncilSession) RETURN count(s)")).isZero();
    }

    @Test
    void anUnknownSessionOrCouncilIsNamedInTheAnswer() {
        var session = town.get("/api/sessions/ses-nope", CouncilTown.LAYER1);
        assertThat(session.statusCode()).isEqualTo(404);
        assertThat(session.body()).contains("会議「ses-nope」はありません");
        var council = town.post("/api/councils/c-nope/sessions", CouncilTown.LAYER1, "{\"title\":\"定例会\"}");
        assertThat(council.statusCode()).isEqualTo(404);
        assertThat(council.body()).contains("協議体「c-nope」はありません");
    }

    @Test
    void readingASessionFollowsRoleAndArea() {
        String d1 = town.open("c-cnc-d1", CouncilTown.LAYER1, "中央");
        String d2 = town.open("c-cnc-d2", CouncilTown.LAYER1, "東部");
        assertThat(town.get("/api/sessions/" + d1, CouncilTown.LAYER2).statusCode()).isEqualTo(200);
        assertThat(town.get("/api/sessions/" + d2, CouncilTown.LAYER2).statusCode()).isEqualTo(403);
        assertThat(town.get("/api/sessions/" + d2, CouncilTown.COUNCIL).statusCode()).isEqualTo(200);
        assertThat(town.get("/api/sessions/" + d1, CouncilTown.ANALYST).statusCode()).isEqualTo(403);
        assertThat(town.get("/api/sessions/nothing", CouncilTown.LAYER1).statusCode()).isEqualTo(404);
        assertThat(town.post("/api/sessions/" + d1 + "/close", CouncilTown.COUNCIL, null).statusCode()).isEqualTo(403);
        assertThat(town.post("/api/sessions/" + d2 + "/close", CouncilTown.LAYER2, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aChangeDuringTheSessionIsListedWithTheGapItClosedAndTheMinutesShowIt() throws Exception {
        String id = town.open("c-cnc-d1", CouncilTown.LAYER2, "12月定例会");
        String other = town.open("c-cnc-d2", CouncilTown.LAYER1, "東部定例会");
        String opened = town.get("/api/sessions/" + id, CouncilTown.COUNCIL).body();
        assertThat(opened).contains("\"SINGLE_SUPPORTER\":{\"before\":1,\"now\":1}").contains("\"changes\":[]")
                .contains("\"attendees\":[\"さくら訪問介護\",\"佐藤 一郎\"]");

        // The provider takes on the resident's shopping: she no longer depends on one neighbour.
        town.as("c-layer2", "LAYER2_COORDINATOR", strategies, () -> {
            residents.addSupport(new ResidentService.NewSupport("c-care", "c-r1", "SHOPPING", null));
            return null;
        });
        await(() -> town.get("/api/sessions/" + id, CouncilTown.COUNCIL).body().contains("\"seq\":1"));
        String during = town.get("/api/sessions/" + id, CouncilTown.COUNCIL).body();
        assertThat(during).contains("\"SINGLE_SUPPORTER\":{\"before\":1,\"now\":0}")
                .contains("\"element\":\"SUPPORTS\"").contains("\"closed\":[\"SINGLE_SUPPORTER\"]")
                .contains("さくら訪問介護 → 住民-9501")
                .doesNotContain("山田").doesNotContain("CARE_3").doesNotContain("c-r1");
        // The other area's session saw nothing.
        assertThat(town.get("/api/sessions/" + other, CouncilTown.LAYER1).body()).contains("\"changes\":[]");

        assertThat(town.bytes("/api/sessions/" + id + "/minutes.pdf", CouncilTown.LAYER2).statusCode())
                .isEqualTo(409);
        var closed = town.post("/api/sessions/" + id + "/close", CouncilTown.LAYER2, null);
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(closed.body()).contains("\"state\":\"CLOSED\"")
                .contains("\"SINGLE_SUPPORTER\":{\"before\":1,\"after\":0}");
        assertThat(town.post("/api/sessions/" + id + "/close", CouncilTown.LAYER2, null).statusCode()).isEqualTo(409);

        var pdf = town.bytes("/api/sessions/" + id + "/minutes.pdf", CouncilTown.COUNCIL);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text;
        try (var document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("12月定例会").contains("中央圏域 第2層協議体").contains("佐藤 一郎")
                .contains("支援のつながりを追加").contains("住民-9501").contains("解消したギャップ")
                .doesNotContain("山田").doesNotContain("CARE_3");
        // The counts table: the type, 1 before, 0 after, -1.
        assertThat(text.replaceAll("\\s+", " ")).contains("支援者1人 (SINGLE_SUPPORTER) 1 0 -1");

        assertThat(town.graph().count("""
                MATCH (a:AuditEntry) WHERE $id IN a.targetIds AND a.detail STARTS WITH 'council session'
                RETURN count(a)""", "id", id)).isEqualTo(3); // opened, the change, closed
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 15 s").isBefore(end);
            Thread.sleep(50);
        }
    }
}
