package org.example.vcard;

import dev.profilekit.model.Person;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.spi.LossReport;
import dev.profilekit.spi.TextWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the person of a profile as one vCard 4.0, lines folded at 75 characters and ended by
 * CRLF (RFC 6350 §3.2). A text format, so {@link TextWriter} writes it as UTF-8. What vCard
 * cannot carry is in the loss report, one warning per part of the profile.
 */
final class VCardWriter implements TextWriter {
  private static final String CRLF = "\r\n";

  @Override
  public WriteResult write(Profile profile, WriteOptions options) {
    Person person = profile.person();
    StringBuilder card = new StringBuilder();
    line(card, "BEGIN:VCARD");
    line(card, "VERSION:4.0");
    line(card, "FN:" + escape(person.name().orElse("")));
    property(card, "TITLE", person.label());
    property(card, "EMAIL", person.email());
    property(card, "TEL", person.phone());
    property(card, "URL", person.url());
    property(card, "PHOTO", person.image());
    property(card, "NOTE", person.summary());
    person.location().ifPresent(location -> line(card, "ADR:;;" + String.join(";", escape(location.address()),
        escape(location.city()), escape(location.region()), escape(location.postalCode()), escape(location.countryCode()))));
    line(card, "END:VCARD");
    return WriteResult.of(card.toString(), losses(profile));
  }

  /** Everything the card has no property for, by its path. */
  private static List<dev.profilekit.model.Diagnostic> losses(Profile profile) {
    LossReport report = new LossReport(profile);
    if (!profile.person().links().isEmpty()) {
      report.add("not-carried", "vCard keeps one URL: " + profile.person().links().size() + " network profiles are not written",
          "$.person.links");
    }
    Map<String, List<?>> parts = new java.util.LinkedHashMap<>();
    parts.put("sections", profile.sections());
    parts.put("work", profile.work());
    parts.put("volunteer", profile.volunteer());
    parts.put("education", profile.education());
    parts.put("awards", profile.awards());
    parts.put("certificates", profile.certificates());
    parts.put("publications", profile.publications());
    parts.put("skills", profile.skills());
    parts.put("languages", profile.languages());
    parts.put("interests", profile.interests());
    parts.put("references", profile.references());
    parts.put("projects", profile.projects());
    parts.put("claims", profile.claims());
    parts.put("evidence", profile.evidence());
    parts.put("targets", profile.targets());
    parts.forEach((key, entries) -> {
      if (!entries.isEmpty()) {
        report.add("not-carried", "vCard has no place for " + key + " (" + entries.size() + " not written)", "$." + key);
      }
    });
    return report.diagnostics();
  }

  private static void property(StringBuilder card, String name, Optional<String> value) {
    value.ifPresent(text -> line(card, name + ":" + escape(text)));
  }

  private static String escape(Optional<String> value) {
    return value.map(VCardWriter::escape).orElse("");
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\r\n", "\n").replace("\n", "\\n");
  }

  /** A content line, folded: no line longer than 75 characters, continuations start with a space. */
  private static void line(StringBuilder card, String content) {
    int start = 0;
    int width = 75;
    while (content.length() - start > width) {
      int end = start + width;
      if (Character.isHighSurrogate(content.charAt(end - 1))) {
        end--;
      }
      card.append(content, start, end).append(CRLF).append(' ');
      start = end;
      width = 74;
    }
    card.append(content, start, content.length()).append(CRLF);
  }
}
