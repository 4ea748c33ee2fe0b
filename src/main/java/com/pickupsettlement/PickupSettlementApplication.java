package com.pickupsettlement;

import com.pickupsettlement.config.SettlementProperties;
import com.pickupsettlement.ops.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The nightly settlement pipeline's single jar: {@code java -jar pickup-settlement.jar <command>}, see {@link Cli}. */
@SpringBootApplication
@EnableConfigurationProperties(SettlementProperties.class)
public class PickupSettlementApplication {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command and returns its exit code (rulebook 7). */
    public static int execute(String[] args) {
        return Cli.execute(args, springArguments ->
                new SpringApplication(PickupSettlementApplication.class).run(springArguments));
    }
}
