package dev.profilekit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The inputs of commands that take files and directories alike ({@code validate}, {@code check}). */
final class InputFiles {
  private InputFiles() {}

  /** {@code -} and files as given; a directory becomes every profile file in it, in name order. */
  static List<String> expand(List<String> inputs) {
    List<String> files = new ArrayList<>();
    for (String input : inputs) {
      if (!input.equals("-") && Files.isDirectory(Path.of(input))) {
        BatchConversion.expand(List.of(input)).forEach(file -> files.add(file.toString()));
      } else {
        files.add(input);
      }
    }
    return files;
  }
}
