package jp.tsunagari.council;

import jp.tsunagari.network.NetworkChanged;
import jp.tsunagari.network.NetworkChanged.*;

/**
 * How a session's change list names a change: what happened ({@code council.change.<what>}) to which kind of element
 * ({@code council.element.<element>}). Exhaustive over the changes, so a new kind cannot go unnamed.
 */
final class ChangeKinds {

    private ChangeKinds() {
    }

    static String change(NetworkChanged change) {
        return switch (change) {
            case SupportRemoved c -> "REMOVED";
            case IndividualNetworkMemberRemoved c -> "REMOVED";
            case IndividualNetworkDissolved c -> "REMOVED";
            case ProviderNetworkMemberRemoved c -> "REMOVED";
            case OrganizationActivityChanged c -> "UPDATED";
            case AreaMoved c -> "UPDATED";
            case BulkLoaded c -> "BULK_LOADED";
            case AreaCreated c -> "CREATED";
            case ResidentCreated c -> "CREATED";
            case NeedAdded c -> "CREATED";
            case SupportAdded c -> "CREATED";
            case IndividualNetworkConvened c -> "CREATED";
            case IndividualNetworkMemberAdded c -> "CREATED";
            case OrganizationCreated c -> "CREATED";
            case PersonCreated c -> "CREATED";
            case CoordinatorCreated c -> "CREATED";
            case ReferralAdded c -> "CREATED";
            case NeedReported c -> "CREATED";
            case ProviderNetworkCreated c -> "CREATED";
            case ProviderNetworkMemberAdded c -> "CREATED";
            case CouncilCreated c -> "CREATED";
            case CouncilSeatAdded c -> "CREATED";
        };
    }

    static String element(NetworkChanged change) {
        return switch (change) {
            case SupportAdded c -> "SUPPORTS";
            case SupportRemoved c -> "SUPPORTS";
            case IndividualNetworkMemberAdded c -> "MEMBER_OF";
            case IndividualNetworkMemberRemoved c -> "MEMBER_OF";
            case ProviderNetworkMemberAdded c -> "MEMBER_OF";
            case ProviderNetworkMemberRemoved c -> "MEMBER_OF";
            case IndividualNetworkConvened c -> "IndividualNetwork";
            case IndividualNetworkDissolved c -> "IndividualNetwork";
            case OrganizationCreated c -> "Organization";
            case OrganizationActivityChanged c -> "Organization";
            case PersonCreated c -> "Person";
            case CoordinatorCreated c -> "Person";
            case ResidentCreated c -> "Resident";
            case NeedAdded c -> "NEEDS";
            case ReferralAdded c -> "REFERS_TO";
            case NeedReported c -> "REPORTS_NEED";
            case ProviderNetworkCreated c -> "ProviderNetwork";
            case AreaCreated c -> "Area";
            case AreaMoved c -> "Area";
            case CouncilCreated c -> "Council";
            case CouncilSeatAdded c -> "Council";
            case BulkLoaded c -> "BulkLoaded";
        };
    }
}
