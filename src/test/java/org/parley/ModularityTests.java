package org.parley;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ParleyApplication.class);

    @Test
    void featuresDependOnEachOtherOnlyAsTheirPackageInfoAllowsThroughTheirPublicTypesAndWithoutCycles() {
        modules.verify();
    }

    @Test
    void aDependencyAgainstTheDeclaredDirectionIsReported() {
        // The fixture lives in the test sources, which ApplicationModules.of leaves out unless told.
        var wrongDirection = ApplicationModules.of("wrongdirection", location -> true);

        assertThat(wrongDirection.detectViolations().getMessages()).containsExactly(
                "Module 'web' depends on module 'account' via wrongdirection.web.Layout -> "
                        + "wrongdirection.account.AccountService. Allowed targets: none.");
    }

    @Test
    void everyFeatureOfTheLayoutIsAModule() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("account", "consultation", "importing", "web", "database", "demo", "session", "mail", "discussion", "moderation", "export", "audit");
    }

    @Test
    void webIsSharedByEveryModule() {
        assertThat(modules.getSharedModules()).extracting(module -> module.getIdentifier().toString())
                .containsExactly("web");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
