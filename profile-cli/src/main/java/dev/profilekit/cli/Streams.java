package dev.profilekit.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The standard streams a run uses, so tests can run the CLI in-process. */
public record Streams(InputStream in, OutputStream out, PrintWriter err, boolean terminal) {
  public static Streams system() {
    return new Streams(
        System.in,
        System.out,
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        System.console() != null);
  }
}
