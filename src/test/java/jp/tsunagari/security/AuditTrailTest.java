package jp.tsunagari.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.network.ResidentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/** Every audited action leaves an entry — who, when, what (ids), from where — and the chain shows any tampering. */
@TsunagariTest
class AuditTrailTest {

    @Autowired AuditTrail audit;
    @Autowired UserAccounts accounts;
    @Autowired ResidentService residents;
    @Autowired Driver driver;
    @LocalServerPort int port;
    SecuredTown town;
    TestGraph graph;

    @BeforeEach
    void town() {
        graph = new TestGraph(driver);
        town = new SecuredTown(graph, accounts, port);
        town.build();
    }

    @Test
    void viewingAResidentRecordIsAuditedWithIdsNotNames() {
        town.get("/api/residents/r1", "t-layer1");

        AuditEntry entry = audit.search("t-layer1", AuditAction.VIEW_RESIDENT, "r1", null, null, 1).getFirst();
        assertThat(entry.targetIds()).containsExactly("r1");
        assertThat(entry.remoteAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(entry.at()).endsWith("Z");
        assertThat(entry.toString()).doesNotContain("山田");
    }

    @Test
    void refusedAccessIsAudited() {
        town.get("/api/residents/r2", "t-layer2");
        assertThat(audit.search("t-layer2", AuditAction.ACCESS_DENIED, "r2", null, null, 1)).hasSize(1);
    }

    @Test
    @WithMockUser(username = "t-layer1", roles = "LAYER1_COORDINATOR")
    void everyChangeIsAuditedWithTheUserWhoMadeIt() {
        residents.addNeed("r1", "SHOPPING");
        AuditEntry entry = audit.search("t-layer1", AuditAction.CHANGE, "r1", null, null, 1).getFirst();
        assertThat(entry.targetIds()).containsExactly("r1", "SHOPPING");
        assertThat(entry.detail()).isEqualTo("NeedAdded");
    }

    @Test
    void userAdministrationIsAudited() {
        assertThat(audit.search(null, AuditAction.USER_ADMIN, "user:t-layer2", null, null, 1)).hasSize(1);
    }

    @Test
    void chainIsIntactAndShowsAnEditedEntry() {
        town.get("/api/residents/r1", "t-layer1");
        assertThat(audit.firstBrokenEntry()).isEmpty();
        long seq = audit.search("t-layer1", AuditAction.VIEW_RESIDENT, null, null, null, 1).getFirst().seq();

        graph.run("MATCH (e:AuditEntry {seq: $seq}) SET e.targetIds = ['r2']", "seq", seq);
        try {
            assertThat(audit.firstBrokenEntry()).contains(seq);
        } finally {
            graph.run("MATCH (e:AuditEntry {seq: $seq}) SET e.targetIds = ['r1']", "seq", seq);
        }
        assertThat(audit.firstBrokenEntry()).isEmpty();
    }

    @Test
    @WithMockUser(username = "t-admin", roles = "ADMIN")
    void exportingTheLogIsItselfAudited() {
        StringWriter csv = new StringWriter();
        audit.exportCsv(audit.search(null, null, null, null, null, 5), csv);
        assertThat(audit.search("t-admin", AuditAction.EXPORT, "audit-log", null, null, 1)).hasSize(1);
        assertThat(csv.toString().lines()).hasSize(6);
    }

    @Test
    void exportedCsvQuotesEveryFieldAndDefusesSpreadsheetFormulas() {
        StringWriter csv = new StringWriter();
        AuditTrail.writeCsv(List.of(new AuditEntry(7, "2026-11-23T00:00:00Z", "=HYPERLINK(\"x\")",
                AuditAction.EXPORT, List.of("r1"), "a,b", "127.0.0.1", "p", "h")), csv);
        assertThat(csv.toString()).contains("\"'=HYPERLINK(\"\"x\"\")\"").contains("\"a,b\"")
                .startsWith("seq,at,username,action,targetIds,detail,remoteAddress,hash\r\n");
    }
}
