package dev.profilekit.spark;

import dev.profilekit.cli.ProfileCli;
import dev.profilekit.cli.Streams;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** The {@code profile} command run in-process, through its public entry point, for comparisons. */
final class Cli {
  private Cli() {}

  record Result(int exitCode, String out, String err) {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int code = ProfileCli.run(args, new Streams(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err, true), false));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
  }
}
