package jp.tsunagari.network;

import java.util.List;

/**
 * One committed change to the community-care graph, as the service that made it reports it (and returns it to its
 * caller). Each kind of change is a record naming what it touched; listeners switch over them exhaustively, so a new
 * kind of change cannot be forgotten by the gap engine, the audit trail or the live views.
 */
public sealed interface NetworkChanged {

    /** The ids of the nodes the change is about (a service kind by its code), for the audit trail (never names). */
    List<String> ids();

    /** The change's kind for the audit trail: the record's name ({@code SupportAdded}). */
    default String kind() {
        return getClass().getSimpleName();
    }

    // ------------------------------------------------------------------ areas (the area tree: rare, reloads the engine)

    record AreaCreated(String areaId) implements NetworkChanged {
        public List<String> ids() {
            return List.of(areaId);
        }
    }

    record AreaMoved(String areaId, String newParentId) implements NetworkChanged {
        public List<String> ids() {
            return List.of(areaId, newParentId);
        }
    }

    // ------------------------------------------------------------------ residents and their support

    record ResidentCreated(String residentId) implements NetworkChanged {
        public List<String> ids() {
            return List.of(residentId);
        }
    }

    record NeedAdded(String residentId, String service) implements NetworkChanged {
        public List<String> ids() {
            return List.of(residentId, service);
        }
    }

    record SupportAdded(String supporterId, String residentId, String service) implements NetworkChanged {
        public List<String> ids() {
            return List.of(supporterId, residentId);
        }
    }

    record SupportRemoved(String supporterId, String residentId, String service) implements NetworkChanged {
        public List<String> ids() {
            return List.of(supporterId, residentId);
        }
    }

    // ------------------------------------------------------------------ individual networks (個別ネットワーク)

    record IndividualNetworkConvened(String networkId, String residentId) implements NetworkChanged {
        public List<String> ids() {
            return List.of(networkId, residentId);
        }
    }

    record IndividualNetworkMemberAdded(String memberId, String networkId, String residentId) implements NetworkChanged {
        public List<String> ids() {
            return List.of(memberId, networkId, residentId);
        }
    }

    record IndividualNetworkMemberRemoved(String memberId, String networkId, String residentId)
            implements NetworkChanged {
        public List<String> ids() {
            return List.of(memberId, networkId, residentId);
        }
    }

    record IndividualNetworkDissolved(String networkId, String residentId) implements NetworkChanged {
        public List<String> ids() {
            return List.of(networkId, residentId);
        }
    }

    // ------------------------------------------------------------------ people and organizations

    record OrganizationCreated(String organizationId) implements NetworkChanged {
        public List<String> ids() {
            return List.of(organizationId);
        }
    }

    /** An organization suspended ({@code active = false}) or resumed. */
    record OrganizationActivityChanged(String organizationId, boolean active) implements NetworkChanged {
        public List<String> ids() {
            return List.of(organizationId);
        }
    }

    record PersonCreated(String personId) implements NetworkChanged {
        public List<String> ids() {
            return List.of(personId);
        }
    }

    /** Coordinators are assigned to areas: the engine reloads (the area's conveners and suggestions change). */
    record CoordinatorCreated(String coordinatorId) implements NetworkChanged {
        public List<String> ids() {
            return List.of(coordinatorId);
        }
    }

    // ------------------------------------------------------------------ associations and NPOs (地縁組織とNPO)

    record ReferralAdded(String associationId, String npoId) implements NetworkChanged {
        public List<String> ids() {
            return List.of(associationId, npoId);
        }
    }

    record NeedReported(String associationId, String service) implements NetworkChanged {
        public List<String> ids() {
            return List.of(associationId, service);
        }
    }

    // ------------------------------------------------------------------ provider networks (事業者間ネットワーク)

    record ProviderNetworkCreated(String networkId) implements NetworkChanged {
        public List<String> ids() {
            return List.of(networkId);
        }
    }

    /** An organization, or a narrower provider network, joined a provider network. */
    record ProviderNetworkMemberAdded(String memberId, String networkId) implements NetworkChanged {
        public List<String> ids() {
            return List.of(memberId, networkId);
        }
    }

    record ProviderNetworkMemberRemoved(String memberId, String networkId) implements NetworkChanged {
        public List<String> ids() {
            return List.of(memberId, networkId);
        }
    }

    // ------------------------------------------------------------------ councils (協議体)

    record CouncilCreated(String councilId) implements NetworkChanged {
        public List<String> ids() {
            return List.of(councilId);
        }
    }

    record CouncilSeatAdded(String memberId, String councilId) implements NetworkChanged {
        public List<String> ids() {
            return List.of(memberId, councilId);
        }
    }

    // ------------------------------------------------------------------ many at once

    /** Many elements written at once (the demo city, an import): everything may have changed. */
    record BulkLoaded(String source) implements NetworkChanged {
        public List<String> ids() {
            return List.of();
        }
    }
}
