package jp.tsunagari.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedLogins                     failed logins in a row before an account is locked
 * @param lockDuration                        how long a locked account stays locked
 * @param absoluteSessionTimeout              sessions end this long after login, active or not (a projector left on)
 * @param minimumCellSize                     counts below this are shown as 「10未満」 to councils and analysts
 * @param councilIdentifiesConsentingResidents whether council viewers see the names of residents who consented
 */
@ConfigurationProperties("tsunagari.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedLogins,
                                 @DefaultValue("15m") Duration lockDuration,
                                 @DefaultValue("12h") Duration absoluteSessionTimeout,
                                 @DefaultValue("10") int minimumCellSize,
                                 @DefaultValue("false") boolean councilIdentifiesConsentingResidents) {
}
