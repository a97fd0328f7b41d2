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

    @Test
    void channelTellsItsFollowersInOrderMergingWhatArrivesWhileOneIsBusy() throws InterruptedException {
        LiveUpdates.Channel<List<String>> channel = live.channel((earlier, later) -> {
            List<String> both = new java.util.ArrayList<>(earlier);
            both.addAll(later);
            return both;
        });
        BlockingQueue<Runnable> queued = new LinkedBlockingQueue<>();
        BlockingQueue<List<String>> busyView = new LinkedBlockingQueue<>(), idleView = new LinkedBlockingQueue<>();
        Registration busy = channel.follow(queued::add, busyView::add);
        Registration idle = channel.follow(Runnable::run, idleView::add);
        int followingChanges = live.following();
        try {
            for (String value : List.of("a", "b", "c")) {
                channel.publish(List.of(value));
            }
            List<String> idleSaw = new java.util.ArrayList<>();
            while (idleSaw.size() < 3) {
                List<String> next = idleView.poll(10, TimeUnit.SECONDS);
                assertThat(next).as("told after %s", idleSaw).isNotNull();
                idleSaw.addAll(next);
            }
            assertThat(idleSaw).containsExactly("a", "b", "c");
            Runnable update = queued.poll(10, TimeUnit.SECONDS);
            assertThat(update).isNotNull();
            assertThat(queued).as("one update pending, the later values merged into it").isEmpty();
            update.run();
            assertThat(busyView).singleElement().isEqualTo(List.of("a", "b", "c"));
            assertThat(channel.following()).isEqualTo(2);
            assertThat(live.following()).as("a channel's followers are not told of every change")
                    .isEqualTo(followingChanges);
        } finally {
            busy.remove();
            idle.remove();
        }
        assertThat(channel.following()).isZero();
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
