package dev.profilekit.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The standard streams a run uses, so tests can run the CLI in-process: {@code terminal} when
 * standard error is a terminal (progress lines), {@code colour} when diagnostics are coloured.
 */
public record Streams(InputStream in, OutputStream out, PrintWriter err, boolean terminal, boolean colour) {
  /** Streams that are coloured exactly when they are a terminal. */
  public Streams(InputStream in, OutputStream out, PrintWriter err, boolean terminal) {
    this(in, out, err, terminal, terminal);
  }

  public static Streams system() {
    return new Streams(
        System.in,
        System.out,
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        System.console() != null);
  }

  /** The same streams, coloured or not. */
  Streams withColour(boolean coloured) {
    return new Streams(in, out, err, terminal, coloured);
  }
}
