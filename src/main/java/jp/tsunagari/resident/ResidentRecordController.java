package jp.tsunagari.resident;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/residents/{id}}: the resident's record as JSON, under the same scope and naming rules as the UI. */
@RestController
class ResidentRecordController {

    private final ResidentRecords records;

    ResidentRecordController(ResidentRecords records) {
        this.records = records;
    }

    @GetMapping("/api/residents/{id}")
    ResponseEntity<ResidentRecord> resident(@PathVariable String id) {
        return ResponseEntity.of(records.find(id));
    }
}
