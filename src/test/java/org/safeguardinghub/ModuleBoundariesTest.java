package org.safeguardinghub;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Modules talk only through each other's public API (their base package), with no cycles
 * (DESIGN.md, "Shape of the code"). Also writes the module diagram into target/spring-modulith-docs.
 */
class ModuleBoundariesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SafeguardingHubApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void documentTheModules() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
