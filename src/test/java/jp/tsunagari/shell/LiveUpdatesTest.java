package jp.tsunagari.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.shared.Registration;
import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.gaps.GapFindingsChanged;
import jp.tsunagari.network.AreaLevel;
import jp.tsunagari.network.AreaService;
import jp.tsunagari.network.CareLevel;
import jp.tsunagari.network.InvalidInputException;
import jp.tsunagari.network.ResidentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Open views are told of a change once it is committed and the gap engine applied it — and only then; a burst of
 * changes arriving while a view's refresh is pending reaches it as one.
 */
@TsunagariTest
@WithMockUser(username = "test-layer1", roles = "LAYER1_COORDINATOR")
class LiveUpdatesTest {

    @Autowired LiveUpdates live;
    @Autowired AreaService areas;
    @Autowired ResidentService residents;
    @Autowired Driver driver;
    final BlockingQueue<GapFindingsChanged> told = new LinkedBlockingQueue<>();
    Registration registration;

    @BeforeEach
    void openView() {
        new TestGraph(driver).clear();
        areas.create(new AreaService.NewArea("lu-city", "東雲市", AreaLevel.MUNICIPALITY, null));
        areas.create(new AreaService.NewArea("lu-d1", "中央圏域", AreaLevel.DAILY_LIFE_AREA, "lu-city"));
        registration = live.follow(Runnable::run, told::add);
    }

    @AfterEach
    void closeView() {
        registration.remove();
    }

    @Test
    void committedChangeReachesAnOpenViewWithWhatItWasAbout() throws InterruptedException {
        told.clear(); // the areas created above
        residents.create(new ResidentService.NewResident("lu-r1", "山田 花子", "lu-d1", true, CareLevel.CARE_1, false,
                Set.of()));

        GapFindingsChanged change = told.poll(10, TimeUnit.SECONDS);
        assertThat(change).isNotNull();
        assertThat(change.concerns("lu-r1", List.of())).isTrue();
        assertThat(change.concerns("lu-elsewhere", List.of("lu-r1"))).as("a view drawing the resident").isTrue();
    }

    @Test
    void rejectedChangeTellsNothing() throws InterruptedException {
        told.clear();
        assertThatThrownBy(() -> residents.create(new ResidentService.NewResident("lu-r1", "", "nowhere", true,
                CareLevel.CARE_1, false, Set.of()))).isInstanceOf(InvalidInputException.class);

        assertThat(told.poll(1, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void closedViewIsNoLongerTold() throws InterruptedException {
        int following = live.following();
        registration.remove();
        assertThat(live.following()).isEqualTo(following - 1);
        told.clear();
        residents.create(new ResidentService.NewResident("lu-r1", "山田 花子", "lu-d1", true, CareLevel.CARE_1, false,
                Set.of()));

        assertThat(told.poll(1, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void changesArrivingWhileARefreshIsPendingReachTheViewAsOne() throws InterruptedException {
        BlockingQueue<Runnable> queued = new LinkedBlockingQueue<>();
        BlockingQueue<GapFindingsChanged> slowView = new LinkedBlockingQueue<>();
        Registration slow = live.follow(queued::add, slowView::add); // a UI busy elsewhere: access runs later
        try {
            residents.create(new ResidentService.NewResident("lu-r1", "山田 花子", "lu-d1", true, CareLevel.CARE_1,
                    false, Set.of()));
            residents.create(new ResidentService.NewResident("lu-r2", "川口 正夫", "lu-d1", true, CareLevel.CARE_1,
                    false, Set.of()));
            Runnable refresh = queued.poll(10, TimeUnit.SECONDS);
            assertThat(refresh).isNotNull();
            // the second change came while the first was pending: no second refresh queued, both in the one
            awaitToldAbout("lu-r1", "lu-r2");
            assertThat(queued).isEmpty();
            refresh.run();
            assertThat(slowView).singleElement().satisfies(merged -> assertThat(merged.ids())
                    .contains("lu-r1", "lu-r2"));
        } finally {
            slow.remove();
        }
    }

    /** Waits until the view run directly has been told of changes about these ids (they reached every follower). */
    private void awaitToldAbout(String... ids) throws InterruptedException {
        Set<String> waiting = new java.util.HashSet<>(Set.of(ids));
        while (!waiting.isEmpty()) {
            GapFindingsChanged change = told.poll(10, TimeUnit.SECONDS);
            assertThat(change).as("told about %s", waiting).isNotNull();
            waiting.removeAll(change.ids());
        }
    }
}
