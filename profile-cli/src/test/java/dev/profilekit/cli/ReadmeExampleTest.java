package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.testing.Examples;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps README honest: its embedding example compiles against the library and runs. */
class ReadmeExampleTest {
  @TempDir Path dir;

  @Test
  void theEmbeddingExampleInTheReadmeCompilesAndRuns() throws Exception {
    String readme = Files.readString(Examples.directory().resolveSibling("README.md"));
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README has a java example").isTrue();
    Path source = dir.resolve("EmbeddingExample.java");
    Files.writeString(source, block.group(1));

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    int status = compiler.run(null, null, null, "-d", dir.toString(), "-cp", classPath, source.toString());
    assertThat(status).as("javac status").isZero();

    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      loader.loadClass("EmbeddingExample").getMethod("main", String[].class)
          .invoke(null, (Object) new String[] {Examples.directory().resolve("full.yaml").toString()});
    } finally {
      System.setOut(originalOut);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .contains("\"name\": \"Mara Lindqvist\"", "\"label\": \"Open to new roles\"");
    assertThat(List.of(readme.split("\n"))).contains("./mvnw verify                                                 # run all the tests");
  }
}
