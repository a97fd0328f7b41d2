package jp.tsunagari;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages stay modules: no cycles, no reaching into another module's internals. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(TsunagariApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }
}
