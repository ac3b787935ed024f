package org.example.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Formats;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module system keeps a format written outside the project to the API and SPI: a module
 * that requires profile-model and imports one of its internal packages does not compile, the
 * same module built on the SPI does.
 */
class ModuleBoundaryTest {
  @TempDir Path dir;

  @Test
  void aFormatModuleCannotImportTheModelsInternalsButCanImplementTheSpi() throws Exception {
    String onTheSpi = "package org.example.other;\n"
        + "public abstract class Registered implements dev.profilekit.spi.FormatProvider {}\n";
    String onTheInternals = "package org.example.other;\n"
        + "public class Registered { Object provider = new dev.profilekit.model.internal.ModelFormatProvider(); }\n";

    assertThat(compile("spi", onTheSpi)).isEmpty();
    assertThat(compile("internal", onTheInternals))
        .contains("package dev.profilekit.model.internal is not visible")
        .contains("does not export it");
  }

  /** Compiles a one-class module requiring profile-model; javac's messages, empty when it compiled. */
  private String compile(String name, String source) throws Exception {
    Path module = Files.createDirectories(dir.resolve(name));
    Files.writeString(module.resolve("module-info.java"), "module org.example.other { requires dev.profilekit.model; }\n");
    Path file = Files.createDirectories(module.resolve("org/example/other")).resolve("Registered.java");
    Files.writeString(file, source);
    // The JDK's javac in its own process: the test module need not read java.compiler.
    Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "--module-path", modelModule().toString(), "-d", dir.resolve(name + "-classes").toString(),
        module.resolve("module-info.java").toString(), file.toString())
        .redirectErrorStream(true)
        .start();
    String messages = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(javac.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(javac.exitValue() == 0).as(messages).isEqualTo(messages.isEmpty());
    return messages;
  }

  /** The jar (or classes directory) profile-model was loaded from. */
  private static Path modelModule() throws URISyntaxException {
    return Path.of(Formats.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
