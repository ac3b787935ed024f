package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ProfileWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The preview's Content-Type comes from each format's media type, not from a list of ids. */
class PreviewContentTypeTest {

  @Test
  void standardFormatsKeepTheTypesBrowsersShow() {
    Formats formats = Formats.standard();
    assertThat(PreviewServer.contentType(formats.require("html"))).isEqualTo("text/html; charset=utf-8");
    assertThat(PreviewServer.contentType(formats.require("json"))).isEqualTo("application/json; charset=utf-8");
    assertThat(PreviewServer.contentType(formats.require("jsonresume"))).isEqualTo("application/json; charset=utf-8");
    // Browsers would download these: shown as plain text instead.
    assertThat(PreviewServer.contentType(formats.require("yaml"))).isEqualTo("text/plain; charset=utf-8");
    assertThat(PreviewServer.contentType(formats.require("markdown"))).isEqualTo("text/plain; charset=utf-8");
  }

  @Test
  void aFormatAddedLaterIsServedByItsOwnMediaType() {
    assertThat(PreviewServer.contentType(format("geojson", "application/geo+json")))
        .isEqualTo("application/geo+json; charset=utf-8");
    assertThat(PreviewServer.contentType(format("csv", "text/csv"))).isEqualTo("text/plain; charset=utf-8");
  }

  private static Format format(String id, String mediaType) {
    return new Format() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String description() {
        return "a test format";
      }

      @Override
      public List<String> fileExtensions() {
        return List.of("." + id);
      }

      @Override
      public String mediaType() {
        return mediaType;
      }

      @Override
      public Optional<ProfileReader> reader() {
        return Optional.empty();
      }

      @Override
      public Optional<ProfileWriter> writer() {
        return Optional.empty();
      }
    };
  }
}
