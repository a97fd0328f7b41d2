package jp.tsunagari.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started the app where to open it. */
@Component
class StartupMessage {

    private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        log.info("Tsunagari is ready: log in at http://localhost:{}/login (つながり を http://localhost:{}/login で開いてください)",
                port, port);
        if (env.getProperty("tsunagari.demo.enabled", Boolean.class, true)) {
            log.info("Demo mode: users demo-admin, demo-layer1, demo-layer2, demo-council, demo-analyst, password 'demo'");
        }
    }
}
