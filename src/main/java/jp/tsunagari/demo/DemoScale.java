package jp.tsunagari.demo;

/**
 * City sizes from the real figures in DOMAIN.md: Hagi (萩市, 19,977 aged 65+, of whom a few thousand are known to
 * coordinators) and Takamatsu (高松市, 116,473 aged 65+, 44 districts), the single-machine target.
 */
public enum DemoScale {
    HAGI(6, 6, 3_000),
    TAKAMATSU(11, 4, 116_473);

    final int dailyLifeAreas;
    final int neighborhoodsPerArea;
    final int residents;

    DemoScale(int dailyLifeAreas, int neighborhoodsPerArea, int residents) {
        this.dailyLifeAreas = dailyLifeAreas;
        this.neighborhoodsPerArea = neighborhoodsPerArea;
        this.residents = residents;
    }
}
