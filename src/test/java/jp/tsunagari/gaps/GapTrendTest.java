package jp.tsunagari.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.network.AreaLevel;
import jp.tsunagari.network.AreaService;
import jp.tsunagari.network.AreaService.NewArea;
import jp.tsunagari.network.CareLevel;
import jp.tsunagari.network.OrganizationService;
import jp.tsunagari.network.OrganizationService.NewPerson;
import jp.tsunagari.network.PersonRole;
import jp.tsunagari.network.ResidentService;
import jp.tsunagari.network.ResidentService.NewResident;
import jp.tsunagari.network.ResidentService.NewSupport;
import jp.tsunagari.security.AreaScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Gap counts are kept per day, area and type, so a council can see a gap shrink after the network was fixed. The
 * role and area rules over real HTTP are in {@code security.GapsApiAccessTest}.
 */
@TsunagariTest
@WithMockUser(username = "test-layer1", roles = "LAYER1_COORDINATOR")
class GapTrendTest {

    static final LocalDate APRIL = LocalDate.of(2026, 4, 1), MAY = LocalDate.of(2026, 5, 1),
            JUNE = LocalDate.of(2026, 6, 1);

    @Autowired GapTrend trend;
    @Autowired GapTrendController controller;
    @Autowired GapEngine engine;
    @Autowired AreaService areas;
    @Autowired ResidentService residents;
    @Autowired OrganizationService organizations;
    @Autowired Driver driver;
    TestGraph graph;

    @BeforeEach
    void empty() {
        graph = new TestGraph(driver);
        graph.clear();
        engine.refresh(); // the clear bypassed the app: no change event told the engine
    }

    /** Two daily-life areas: d-a with two isolated residents and a neighbour who helps nobody yet, d-b with one. */
    void town() {
        areas.create(new NewArea("city", "テスト市", AreaLevel.MUNICIPALITY, null));
        areas.create(new NewArea("d-a", "中央圏域", AreaLevel.DAILY_LIFE_AREA, "city"));
        areas.create(new NewArea("d-b", "東部圏域", AreaLevel.DAILY_LIFE_AREA, "city"));
        areas.create(new NewArea("n-a", "桜ヶ丘地区", AreaLevel.NEIGHBORHOOD, "d-a"));
        areas.create(new NewArea("n-b", "若葉台地区", AreaLevel.NEIGHBORHOOD, "d-b"));
        residents.create(new NewResident("r1", "山田 花子", "n-a", true, CareLevel.SUPPORT_1, false, Set.of()));
        residents.create(new NewResident("r2", "川口 正夫", "n-a", true, CareLevel.SUPPORT_1, false, Set.of()));
        residents.create(new NewResident("r3", "森 和子", "n-b", true, CareLevel.SUPPORT_1, false, Set.of()));
        organizations.createPerson(new NewPerson("p1", "佐藤 一郎", PersonRole.NEIGHBOR, null));
    }

    @Test
    void recordingTwiceOnOneDayKeepsOnePointPerAreaAndTypeWithTheLatestCount() {
        town();
        trend.record(MAY);
        assertThat(isolatedIn("d-a")).extracting(GapTrend.Point::count).containsExactly(2L);

        residents.addSupport(new NewSupport("p1", "r1", "WATCHING", MAY));
        int written = trend.record(MAY);

        assertThat(isolatedIn("d-a")).extracting(GapTrend.Point::day, GapTrend.Point::count).containsExactly(tuple(MAY, 1L));
        assertThat(written).isEqualTo(2 * GapType.values().length);
        assertThat(graph.count("MATCH (g:GapCount) RETURN count(g)")).isEqualTo(2L * GapType.values().length);
        assertThat(graph.count("MATCH (g:GapCount) WHERE g.recordedAt IS NULL RETURN count(g)")).isZero();
    }

    @Test
    void fixingAGapLowersTheNextDaysCountDownToAVisibleZero() {
        town();
        trend.record(APRIL);
        residents.addSupport(new NewSupport("p1", "r1", "WATCHING", MAY));
        trend.record(MAY);
        residents.addSupport(new NewSupport("p1", "r2", "WATCHING", JUNE));
        trend.record(JUNE);

        assertThat(isolatedIn("d-a")).extracting(GapTrend.Point::day, GapTrend.Point::count)
                .containsExactly(tuple(APRIL, 2L), tuple(MAY, 1L), tuple(JUNE, 0L));
        assertThat(isolatedIn("d-b")).extracting(GapTrend.Point::count).containsExactly(1L, 1L, 1L);
    }

    @Test
    void everyDailyLifeAreaAndTypeGetsAPointAndAVanishedAreaEndsWithZero() {
        town();
        point(APRIL, "d-gone", "ISOLATED_RESIDENT", 3);

        trend.record(MAY);

        assertThat(trend.points(AreaScope.ALL, "d-b", GapType.SILOED_CLUSTER, MAY, MAY))
                .extracting(GapTrend.Point::count).containsExactly(0L);
        assertThat(trend.points(AreaScope.ALL, "d-gone", null, MAY, MAY))
                .extracting(GapTrend.Point::type, GapTrend.Point::count).containsExactly(tuple("ISOLATED_RESIDENT", 0L));
        trend.record(JUNE);
        assertThat(trend.points(AreaScope.ALL, "d-gone", null, JUNE, JUNE)).as("only one zero").isEmpty();
    }

    @Test
    void emptyDatabaseRecordsNothing() {
        assertThat(trend.record(MAY)).isZero();
        assertThat(graph.count("MATCH (g:GapCount) RETURN count(g)")).isZero();
    }

    @Test
    void startUpRecordsTodayOnlyWhenTodayHasNoPointYet() {
        town();
        trend.recordAtStartIfTodayIsMissing();
        assertThat(trend.hasPoints(trend.today())).isTrue();
        residents.addSupport(new NewSupport("p1", "r1", "WATCHING", null));

        trend.recordAtStartIfTodayIsMissing();

        assertThat(isolatedIn("d-a")).extracting(GapTrend.Point::count).as("today's point stays").containsExactly(2L);
    }

    @Test
    void trendIsFilteredByAreaTypeAndDaysInOrderOfDayAreaAndType() {
        point(APRIL, "d-a", "ISOLATED_RESIDENT", 42);
        point(MAY, "d-a", "ISOLATED_RESIDENT", 30);
        point(MAY, "d-b", "ISOLATED_RESIDENT", 5);
        point(MAY, "d-a", "UNMET_NEED", 7);
        point(JUNE, "d-a", "ISOLATED_RESIDENT", 17);

        assertThat(body(controller.trend("d-a", "ISOLATED_RESIDENT", "2026-05-01", null)))
                .extracting(GapTrendController.TrendPoint::day, GapTrendController.TrendPoint::count)
                .containsExactly(tuple(MAY, 30L), tuple(JUNE, 17L));
        assertThat(body(controller.trend(null, null, "2026-05-01", "2026-05-01")))
                .extracting(GapTrendController.TrendPoint::area, GapTrendController.TrendPoint::type)
                .containsExactly(tuple("d-a", "ISOLATED_RESIDENT"), tuple("d-a", "UNMET_NEED"),
                        tuple("d-b", "ISOLATED_RESIDENT"));
        assertThat(body(controller.trend(null, null, null, "2026-04-30"))).singleElement()
                .satisfies(p -> assertThat(p.suppressedBelow()).as("coordinators see exact counts").isNull());
    }

    @Test
    void unknownTypeOrBadDateIsABadRequestNamingTheField() {
        assertThat(controller.trend(null, "LONELY", null, null)).satisfies(r -> {
            assertThat(r.getStatusCode().value()).isEqualTo(400);
            assertThat(r.getBody()).asString().contains("field=type").contains("LONELY");
        });
        assertThat(controller.trend(null, null, "April", null).getBody()).asString().contains("field=from");
        assertThat(controller.trend(null, null, null, "2026-13-01").getBody()).asString().contains("field=to");
        assertThat(controller.trend(null, null, "2026-06-01", "2026-05-01").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    @WithMockUser(username = "test-council", roles = "COUNCIL_VIEWER")
    void councilSeesTheWholeCityWithCountsUnderTheMinimumCellSizeSuppressed() {
        point(APRIL, "d-a", "ISOLATED_RESIDENT", 42);
        point(MAY, "d-a", "ISOLATED_RESIDENT", 9);
        point(MAY, "d-b", "ISOLATED_RESIDENT", 0);

        assertThat(body(controller.trend(null, "ISOLATED_RESIDENT", null, null)))
                .extracting(GapTrendController.TrendPoint::area, GapTrendController.TrendPoint::count,
                        GapTrendController.TrendPoint::suppressedBelow)
                .containsExactly(tuple("d-a", 42L, 10), tuple("d-a", null, 10), tuple("d-b", null, 10));
    }

    @Test
    @WithMockUser(username = "test-analyst", roles = "ANALYST")
    void analystsNeitherReadNorRecordTheTrend() {
        assertThatThrownBy(() -> controller.trend(null, null, null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(controller::record).isInstanceOf(AccessDeniedException.class);
    }

    private List<GapTrend.Point> isolatedIn(String area) {
        return trend.points(AreaScope.ALL, area, GapType.ISOLATED_RESIDENT, null, null);
    }

    /** A point of an earlier day, as the nightly recording would have left it. */
    private void point(LocalDate day, String area, String type, long count) {
        graph.run("CREATE (:GapCount {day: $day, area: $area, type: $type, count: $count, recordedAt: datetime()})",
                "day", day, "area", area, "type", type, "count", count);
    }

    @SuppressWarnings("unchecked")
    private static List<GapTrendController.TrendPoint> body(ResponseEntity<?> response) {
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return (List<GapTrendController.TrendPoint>) response.getBody();
    }
}
