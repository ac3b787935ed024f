package dev.profilekit.render.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.render.html.HtmlWriter;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * module-info.java exports the public format packages and nothing else, and registers the
 * formats as a service, so the registry finds them on the module path too.
 */
class ModuleExportsTest {
  @Test
  void theRenderModuleExportsOnlyItsPublicPackagesAndProvidesItsFormats() {
    Module render = HtmlWriter.class.getModule();

    assertThat(render.isNamed()).as("the tests run in the module, as surefire does with module-info.java").isTrue();
    Set<String> exported = render.getDescriptor().exports().stream()
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    assertThat(exported).containsExactlyInAnyOrder("dev.profilekit.render.html", "dev.profilekit.render.jsonresume",
        "dev.profilekit.render.markdown", "dev.profilekit.render.pdf", "dev.profilekit.render.posting");
    assertThat(render.getDescriptor().opens()).isEmpty();
    assertThat(render.getDescriptor().provides()).singleElement()
        .satisfies(provides -> assertThat(provides.service()).isEqualTo("dev.profilekit.spi.FormatProvider"));
  }
}
