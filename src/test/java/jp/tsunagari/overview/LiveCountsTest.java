package jp.tsunagari.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.gaps.AreaCounts;
import jp.tsunagari.gaps.AreaCountsFromProjection;
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
 * Open overview pages are told to refresh when a change is committed and the gap engine has applied it to the
 * counts they read, and only then.
 */
@TsunagariTest
@WithMockUser(username = "test-layer1", roles = "LAYER1_COORDINATOR")
class LiveCountsTest {

    @Autowired NetworkChangeBroadcaster broadcaster;
    @Autowired AreaService areas;
    @Autowired ResidentService residents;
    @Autowired AreaCountsFromProjection counts;
    @Autowired Driver driver;
    final AtomicInteger refreshes = new AtomicInteger();
    final java.util.concurrent.CountDownLatch told = new java.util.concurrent.CountDownLatch(1);
    Runnable unregister;

    @BeforeEach
    void openPage() {
        new TestGraph(driver).clear();
        areas.create(new AreaService.NewArea("city", "東雲市", AreaLevel.MUNICIPALITY, null));
        unregister = broadcaster.register(() -> {
            refreshes.incrementAndGet();
            told.countDown();
        });
    }

    @AfterEach
    void closePage() {
        unregister.run();
    }

    @Test
    void committedChangeRefreshesOpenPagesWithTheNewCount() throws InterruptedException {
        residents.create(new ResidentService.NewResident("r1", "山田 花子", "city", true, CareLevel.CARE_1, false, Set.of()));

        assertThat(told.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(refreshes).hasValue(1);
        assertThat(counts.all()).singleElement().extracting(AreaCounts::residents).isEqualTo(1L);
    }

    @Test
    void rejectedChangeRefreshesNothing() throws InterruptedException {
        assertThatThrownBy(() -> residents.create(new ResidentService.NewResident("r1", "", "nowhere", true,
                CareLevel.CARE_1, false, Set.of()))).isInstanceOf(InvalidInputException.class);

        assertThat(told.await(1, java.util.concurrent.TimeUnit.SECONDS)).isFalse();
        assertThat(refreshes).hasValue(0);
    }

    @Test
    void closedPageIsNoLongerTold() throws InterruptedException {
        unregister.run();
        residents.create(new ResidentService.NewResident("r1", "山田 花子", "city", true, CareLevel.CARE_1, false, Set.of()));

        assertThat(told.await(1, java.util.concurrent.TimeUnit.SECONDS)).isFalse();
        assertThat(refreshes).hasValue(0);
    }
}
