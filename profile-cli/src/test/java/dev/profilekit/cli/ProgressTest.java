package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void drawsABarOnATerminalAndClearsItAtTheEnd() {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err, true), true, 2);

    progress.advance();
    progress.advance();
    progress.finish();

    assertThat(err.toString()).contains("\r[" + "=".repeat(30) + "] 2/2").endsWith("\r\u001B[2K");
  }

  @Test
  void staysSilentWhenNotOnATerminalButStillPrintsMessages() {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err, true), false, 3);

    progress.advance();
    progress.println("a.yaml: error");
    progress.finish();

    assertThat(err.toString()).isEqualTo("a.yaml: error" + System.lineSeparator());
  }
}
