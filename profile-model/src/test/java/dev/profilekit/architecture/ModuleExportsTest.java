package dev.profilekit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Formats;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * module-info.java exports the API and the SPI and nothing else: a new export (an internal
 * package made reachable for a quick fix) fails here, and is a decision to make on purpose.
 */
class ModuleExportsTest {
  @Test
  void theModelModuleExportsOnlyItsApiAndSpi() {
    Module model = Formats.class.getModule();

    assertThat(model.isNamed()).as("the tests run in the module, as surefire does with module-info.java").isTrue();
    assertThat(model.getName()).isEqualTo("dev.profilekit.model");
    Set<String> exported = model.getDescriptor().exports().stream()
        .filter(export -> !export.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    assertThat(exported).containsExactlyInAnyOrder("dev.profilekit", "dev.profilekit.model", "dev.profilekit.model.check",
        "dev.profilekit.model.format", "dev.profilekit.model.target", "dev.profilekit.spi");
    assertThat(model.getDescriptor().exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
    assertThat(model.getDescriptor().opens()).isEmpty();
  }
}
