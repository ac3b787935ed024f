package org.example.vcard;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.InputHead;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ProfileWriter;
import java.util.List;
import java.util.Optional;

/**
 * vCard 4.0 (RFC 6350): the person's identity — name, headline, email, phone, web page,
 * address, photo, summary — read into a profile and written from one. Everything else a
 * profile holds is reported as lost when writing.
 */
public final class VCardFormat implements Format {
  private final VCardReader reader = new VCardReader();
  private final VCardWriter writer = new VCardWriter();

  @Override
  public String id() {
    return "vcard";
  }

  @Override
  public String description() {
    return "vCard 4.0 contact card: the person's name, headline, email, phone, web page, address and photo";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of(".vcf", ".vcard");
  }

  @Override
  public List<String> aliases() {
    return List.of("vcf");
  }

  @Override
  public String mediaType() {
    return "text/vcard";
  }

  @Override
  public Optional<ProfileReader> reader() {
    return Optional.of(reader);
  }

  @Override
  public Optional<ProfileWriter> writer() {
    return Optional.of(writer);
  }

  /** A card starts with BEGIN:VCARD, which nothing else does. */
  @Override
  public int recognise(InputHead head) {
    return head.text().map(text -> text.stripLeading().regionMatches(true, 0, "BEGIN:VCARD", 0, 11) ? 10 : 0).orElse(0);
  }
}
