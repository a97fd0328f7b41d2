package jp.tsunagari.gaps;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The gap engine checks for outside changes on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class GapsConfiguration {
}
