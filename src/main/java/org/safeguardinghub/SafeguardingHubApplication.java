package org.safeguardinghub;

import org.safeguardinghub.access.AdminCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Safeguarding Hub: one modular monolith, modules by capability (see README and docs/adr).
 * {@code shared} holds the few technical pieces every module uses (clock, ids, database, web shell).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class SafeguardingHubApplication {

    public static void main(String[] args) {
        if (AdminCommandLine.isAdminCommand(args)) {
            System.exit(AdminCommandLine.run(SafeguardingHubApplication.class, args, System.out));
        }
        SpringApplication.run(SafeguardingHubApplication.class, args);
    }
}
