package jp.tsunagari.overview;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/areas}: the start page's counts as JSON, under the same scope and suppression rules. */
@RestController
class AreaOverviewController {

    private final AreaOverview overview;

    AreaOverviewController(AreaOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/api/areas")
    List<AreaRow> areas() {
        return overview.visible();
    }
}
