package jp.tsunagari.network;

import java.util.List;

import jp.tsunagari.security.AuditAction;
import jp.tsunagari.security.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every change to the community-care graph in the audit trail, inside the transaction that makes it: a
 * change that cannot be audited is not made.
 */
@Component
class NetworkChangeAudit {

    private final AuditTrail audit;

    NetworkChangeAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(NetworkChanged change) {
        audit.record(AuditAction.CHANGE, List.copyOf(change.ids()), change.kind());
    }
}
