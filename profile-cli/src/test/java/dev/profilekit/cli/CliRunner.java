package dev.profilekit.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process with captured streams. */
final class CliRunner {
  record Result(int exitCode, String out, String err) {}

  private CliRunner() {}

  static Result run(String... args) {
    return runWithInput("", args);
  }

  static Result runWithInput(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    Streams streams = new Streams(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, new PrintWriter(err, true), false);
    int code = ProfileCli.run(args, streams);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
  }
}
