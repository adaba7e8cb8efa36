package org.safeguardinghub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Modules talk only through each other's public API (their base package), with no cycles, and
 * only to the modules they declare (DESIGN.md, "Shape of the code"; docs/modules.md). The module
 * diagram in docs/modules/ is rebuilt here and must be committed as it is rebuilt.
 */
class ModuleBoundariesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SafeguardingHubApplication.class);
    static final Path DIAGRAM = Path.of("docs/modules/components.puml");

    @Test
    void modulesRespectTheirBoundariesAndDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayDependOn() throws ClassNotFoundException {
        List<String> undeclared = MODULES.stream()
                .filter(m -> !m.getBasePackage().getName().endsWith(".launch"))
                .filter(m -> !declaresDependencies(m.getBasePackage().getName()))
                .map(m -> m.getIdentifier().toString()).toList();
        assertThat(undeclared).isEmpty();
    }

    @Test
    void oversightIsAnEndPointThatNoModuleImports() {
        var oversight = MODULES.getModuleByName("oversight").orElseThrow();
        assertThat(MODULES.stream().filter(m -> m.getDirectDependencies(MODULES).contains(oversight))
                .map(m -> m.getIdentifier().toString())).isEmpty();
    }

    @Test
    void theCalendarAndNotificationsAreModulesOfTheirOwn() {
        assertThat(MODULES.getModuleByName("calendar")).isPresent();
        assertThat(MODULES.getModuleByName("notifications")).isPresent();
    }

    @Test
    void theCommittedModuleDiagramIsTheOneTheCodeDraws() throws IOException {
        Path folder = Files.createTempDirectory("modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withStyle(Documenter.DiagramOptions.DiagramStyle.C4));
        String drawn = sorted(Files.readString(folder.resolve("components.puml")));
        String committed = Files.exists(DIAGRAM) ? Files.readString(DIAGRAM) : "";
        if (!drawn.equals(committed)) {
            Files.createDirectories(DIAGRAM.getParent());
            Files.writeString(DIAGRAM, drawn);
        }
        assertThat(committed).as("docs/modules/components.puml was out of date; it has been rebuilt: commit it")
                .isEqualTo(drawn);
    }

    /** The diagram with its components and relations in a fixed order (the Documenter's varies from run to run). */
    static String sorted(String puml) {
        List<String> lines = new ArrayList<>(puml.lines().toList());
        sortRuns(lines, "    Component(");
        sortRuns(lines, "Rel(");
        return String.join("\n", lines) + "\n";
    }

    private static void sortRuns(List<String> lines, String prefix) {
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).startsWith(prefix)) {
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && lines.get(end).startsWith(prefix)) {
                end++;
            }
            Collections.sort(lines.subList(i, end));
            i = end;
        }
    }

    private static boolean declaresDependencies(String basePackage) {
        try {
            ApplicationModule module = Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
            return module != null && !Arrays.asList(module.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
