package jp.tsunagari.gaps;

import jp.tsunagari.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * How the signed-in user sees the names in findings' messages: people, organizations, networks and areas by their
 * display name; residents by name for coordinators and by pseudonym for everyone else (as
 * {@link CurrentUser#residentName} decides). Read from the projection's names, not the database.
 */
@Component
class ReaderNames {

    private final Projection projection;
    private final CurrentUser user;

    ReaderNames(Projection projection, CurrentUser user) {
        this.projection = projection;
        this.user = user;
    }

    Messages.Names forCurrentUser() {
        SupportNetwork network = projection.lastLoaded();
        return id -> {
            SupportNetwork.DisplayName name = network == null ? null : network.name(id);
            if (name == null) {
                return id; // gone since the finding was made
            }
            if (name.pseudonym() != null) { // a resident
                return user.residentName(name.name(), name.pseudonym(), name.consentToShare());
            }
            return name.name() == null ? id : name.name();
        };
    }
}
