package org.example.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import dev.profilekit.ProfileKit;
import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vCard format, written against the SPI alone, works like a built-in one. */
class VCardFormatTest {
  private static final Path CARD = Path.of("src/test/resources/ines.vcf");
  private static final Path FULL = Path.of("../../examples/full.yaml");

  @TempDir Path dir;

  @Test
  void isFoundInTheRegistryByIdAliasFileNameAndContent() throws Exception {
    Formats formats = Formats.standard();

    assertThat(formats.require("vcard").mediaType()).isEqualTo("text/vcard");
    assertThat(formats.require("VCF").id()).isEqualTo("vcard");
    assertThat(formats.forFileName("people/ines.vcf")).map(format -> format.id()).contains("vcard");
    assertThat(ProfileKit.read(Files.readAllBytes(CARD), "<stdin>").profile()).isPresent();
  }

  @Test
  void readsTheCardsPropertiesIntoThePerson() {
    ReadResult read = ProfileKit.read(CARD);

    assertThat(read.diagnostics()).isEmpty();
    var person = read.profile().orElseThrow().person();
    assertThat(person.name()).contains("Ines Carvalho");
    assertThat(person.label()).contains("Data engineer, streaming");
    assertThat(person.email()).contains("ines@example.org");
    assertThat(person.summary()).contains("Builds pipelines that stay up.\nLikes boring technology.");
    assertThat(person.location().orElseThrow().city()).contains("Lisboa");
    assertThat(person.location().orElseThrow().countryCode()).contains("PT");
  }

  @Test
  void roundTripsThePerson() {
    Profile read = ProfileKit.read(CARD).profile().orElseThrow();

    String written = ProfileKit.write(read, "vcard").content();
    Profile again = ProfileKit.read(written.getBytes(StandardCharsets.UTF_8), "again.vcf").profile().orElseThrow();

    assertThat(again).isEqualTo(read);
    assertThat(written).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n").endsWith("END:VCARD\r\n");
    assertThat(written.lines()).allMatch(line -> line.length() <= 75);
  }

  @Test
  void diagnosticsPointAtTheLine() {
    String card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ines Carvalho\r\nX-SOCIALPROFILE:ines\r\nEMAIL:not an address\r\nEND:VCARD\r\n";

    ReadResult read = ProfileKit.read(card.getBytes(StandardCharsets.UTF_8), "ines.vcf");
    ReadResult notACard = ProfileKit.read("hello\n".getBytes(StandardCharsets.UTF_8), "notes.vcf");
    ReadResult unfinished = new VCardReader().read(Input.ofString("cut.vcf", "BEGIN:VCARD\nFN:Ines\n"));

    assertThat(read.diagnostics()).extracting(Diagnostic::format)
        .anyMatch(line -> line.startsWith("ines.vcf:4:1: warning: the property X-SOCIALPROFILE has no place in a profile"));
    assertThat(read.diagnostics()).filteredOn(d -> d.path().orElse("").equals("$.person.email"))
        .allMatch(d -> d.position().orElseThrow().line() == 5);
    assertThat(notACard.diagnostics()).extracting(Diagnostic::format)
        .containsExactly("notes.vcf:1:1: error: a vCard starts with BEGIN:VCARD (at $) [not-a-vcard]" + System.lineSeparator()
            + "  hint: give a .vcf file");
    assertThat(unfinished.profile()).isEmpty();
    assertThat(unfinished.diagnostics().get(0).code()).isEqualTo("vcard-unterminated");
  }

  @Test
  void convertsThroughTheFrontDoorAndReportsWhatIsLost() throws Exception {
    Path card = dir.resolve("mara.vcf");

    ProfileKit.Conversion toCard = ProfileKit.convert(FULL, card);
    ProfileKit.Conversion back = ProfileKit.convert(card, dir.resolve("mara.yaml"));

    assertThat(toCard.written()).isTrue();
    List<Diagnostic> losses = toCard.diagnostics().stream().filter(d -> d.code().equals("not-carried")).toList();
    assertThat(losses).allMatch(d -> !d.isError());
    assertThat(losses).extracting(d -> d.path().orElseThrow()).contains("$.work", "$.claims", "$.targets", "$.person.links");
    assertThat(losses).filteredOn(d -> d.path().orElseThrow().equals("$.work"))
        .allMatch(d -> d.position().orElseThrow().file().endsWith("full.yaml"));
    assertThat(Files.readString(card)).contains("FN:Mara Lindqvist");
    assertThat(back.written()).isTrue();
    assertThat(ProfileKit.read(dir.resolve("mara.yaml")).profile().orElseThrow().person())
        .isEqualTo(ProfileKit.read(card).profile().orElseThrow().person());
  }

  @Test
  void usesNoInternalPackage() {
    ArchRuleDefinition.noClasses().should().dependOnClassesThat().resideInAPackage("dev.profilekit..internal..")
        .check(new ClassFileImporter().importPackages("org.example.vcard"));
  }
}
