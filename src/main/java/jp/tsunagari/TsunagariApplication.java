package jp.tsunagari;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Tsunagari (つながり): community-care support networks of a municipality, stored in Neo4j.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TsunagariApplication {

    public static void main(String[] args) {
        // Import from the command line (issue 16, module importer): `java -jar … import --kind=… --file=…` runs
        // without the web server, prints the report and exits with its code.
        if (args.length > 0 && args[0].equals("import")) {
            var context = new SpringApplicationBuilder(TsunagariApplication.class)
                    .properties("spring.main.web-application-type=none", "spring.main.banner-mode=off",
                            "tsunagari.demo.enabled=false", "logging.level.root=warn",
                            // Vaadin's auto-configuration needs a web application context.
                            "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                    + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                    .run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(TsunagariApplication.class, args);
    }
}
