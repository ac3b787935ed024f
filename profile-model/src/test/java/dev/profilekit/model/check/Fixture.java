package dev.profilekit.model.check;

import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A profile from test resources with the text it was read from, and a fixed "today". */
record Fixture(String name, String text, Profile profile) {
  /** The day the golden reports were made: entries without an end run to this day. */
  static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  static Fixture resource(String name) {
    try (InputStream in = Fixture.class.getResourceAsStream("/check/" + name)) {
      if (in == null) {
        throw new AssertionError("no test resource /check/" + name);
      }
      return of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Fixture of(String name, String text) {
    String format = name.endsWith(".json") ? "json" : "yaml";
    ReadResult result = Formats.standard().require(format).reader().orElseThrow().read(Input.ofString(name, text));
    return new Fixture(name, text, result.profile().orElseThrow(() -> new AssertionError(result.diagnostics())));
  }

  static ProfileChecker.Builder checker() {
    return ProfileChecker.builder().clock(TODAY);
  }

  CheckReport check() {
    return checker().build().check(profile, text);
  }
}
