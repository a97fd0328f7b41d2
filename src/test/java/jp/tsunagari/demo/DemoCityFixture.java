package jp.tsunagari.demo;

import org.springframework.context.ApplicationContext;

/** Lets other modules' tests load the default demo city into the test database. */
public final class DemoCityFixture {

    private DemoCityFixture() {
    }

    public static void loadHagi(ApplicationContext context) {
        context.getBean(DemoCityLoader.class).load(DemoCityGenerator.generate(20261123, DemoScale.HAGI));
    }
}
