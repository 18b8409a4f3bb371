package org.parley;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ParleyApplication.class);

    @Test
    void featuresDependOnEachOtherOnlyThroughTheirPublicTypesAndWithoutCycles() {
        modules.verify();
    }

    @Test
    void everyFeatureOfTheLayoutIsAModule() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("account", "consultation", "importing", "web", "database", "demo", "session", "mail", "discussion", "moderation", "export", "audit");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
