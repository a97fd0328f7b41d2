package jp.tsunagari.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The demo city is the same every time for the same seed, and shaped like the city DOMAIN.md describes. */
class DemoCityGeneratorTest {

    private final DemoCity city = DemoCityGenerator.generate(7, DemoScale.HAGI);

    @Test
    void sameSeedGivesTheSameCity() {
        assertThat(DemoCityGenerator.generate(7, DemoScale.HAGI).tables()).isEqualTo(city.tables());
    }

    @Test
    void anotherSeedGivesAnotherCity() {
        assertThat(DemoCityGenerator.generate(8, DemoScale.HAGI).rows("residents")).isNotEqualTo(city.rows("residents"));
    }

    @Test
    void hagiSizedCityHasOneMunicipalitySeveralAreasAndTensOfNeighbourhoods() {
        Map<Object, Long> levels = city.rows("areas").stream()
                .collect(java.util.stream.Collectors.groupingBy(r -> r.get("level"), java.util.stream.Collectors.counting()));
        assertThat(levels).containsEntry("MUNICIPALITY", 1L).containsEntry("DAILY_LIFE_AREA", 6L)
                .containsEntry("NEIGHBORHOOD", 36L);
        assertThat(city.rows("residents")).hasSize(3_000);
    }

    @Test
    void idsAreUniqueAcrossTheWholeCity() {
        Set<Object> ids = new HashSet<>();
        long rows = 0;
        for (String table : city.tables().keySet()) {
            for (Map<String, Object> row : city.rows(table)) {
                if (row.containsKey("id")) {
                    rows++;
                    ids.add(row.get("id"));
                }
            }
        }
        assertThat(ids).hasSize((int) rows);
    }

    @Test
    void residentsHaveJapaneseNames() {
        assertThat(city.rows("residents")).allSatisfy(r ->
                assertThat((String) r.get("name")).matches("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々]+ [\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々 ]+"));
    }

    @Test
    void everyCoordinatorLayerAndBothCouncilLayersArePresent() {
        assertThat(city.rows("persons").stream().map(p -> p.get("layer")).filter(java.util.Objects::nonNull).distinct())
                .containsExactlyInAnyOrder(1, 2, 3);
        assertThat(city.rows("councils").stream().map(c -> c.get("layer")).distinct()).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void takamatsuScaleHasTheRealNumberOfOlderResidents() {
        assertThat(DemoScale.TAKAMATSU.residents).isEqualTo(116_473);
    }
}
