package jp.tsunagari.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the demo city into an empty database at start-up ({@code tsunagari.demo.enabled})
 * @param scale   {@code hagi} (a few thousand residents known to coordinators) or {@code takamatsu} (~116k)
 * @param seed    the same seed gives the same city, every time
 */
@ConfigurationProperties("tsunagari.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled,
                             @DefaultValue("hagi") DemoScale scale,
                             @DefaultValue("20261123") long seed) {
}
