package dev.profilekit.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A person's professional profile: the one model every reader produces and every writer
 * consumes. Equality covers content only; where each value came from is kept in
 * {@link #sourceMap()}, which takes no part in equality, so reading the same content from YAML
 * and from JSON gives equal profiles.
 */
@Value.Immutable
public interface Profile extends Extensible, WithProfile {
  /** The version of the native format this model reads and writes. */
  int SCHEMA_VERSION = 1;

  /** {@return who the profile is about; an empty person when the input named nobody} */
  @Value.Default
  default Person person() {
    return Person.builder().build();
  }

  /**
   * Keys of a Markdown page's front matter (layout, permalink…), kept to be written back.
   *
   * @return the front-matter keys the model has no field for, in their order; empty for most
   *     profiles
   */
  @AllowNulls
  Map<String, Object> frontMatter();

  /** {@return the narrative sections, in document order} */
  List<Section> sections();

  /** {@return the positions held, in document order (usually newest first)} */
  List<Work> work();

  /** {@return the volunteer work, in document order} */
  List<Volunteer> volunteer();

  /** {@return the courses of study, in document order} */
  List<Education> education();

  /** {@return the awards and honours} */
  List<Award> awards();

  /** {@return the certificates and credentials} */
  List<Certificate> certificates();

  /** {@return the publications} */
  List<Publication> publications();

  /** {@return the skills} */
  List<Skill> skills();

  /** {@return the languages the person speaks} */
  List<Language> languages();

  /** {@return the person's interests} */
  List<Interest> interests();

  /** {@return what people who worked with the person say} */
  List<Reference> references();

  /** {@return the projects} */
  List<Project> projects();

  /** {@return the statements the person makes about themselves, each backed by evidence} */
  List<Claim> claims();

  /** {@return what backs the claims} */
  List<Evidence> evidence();

  /** {@return the postings or calls the person answers} */
  List<Target> targets();

  /** {@return facts about the document itself} */
  Optional<Meta> meta();

  /**
   * Translations of the profile, by BCP 47 language tag ({@code de}, {@code pt-BR}): each an
   * {@link Overlay} that replaces text by path and entries by id. Pick one with {@link
   * Overlays#resolve}.
   *
   * @return the translations, in the order written; empty for most profiles
   */
  Map<String, Overlay> translations();

  /**
   * Variants of the profile, by name ({@code public}, {@code research}): each an {@link Overlay}
   * that replaces, removes or adds fields and entries. Pick one with {@link Overlays#resolve}.
   *
   * @return the variants, in the order written; empty for most profiles
   */
  Map<String, Overlay> variants();

  /**
   * The line end of the text this profile was read from ({@code "\n"}, {@code "\r\n"} or
   * {@code "\r"}), so a writer of the same kind of page can keep it; empty when the text had
   * none or the profile was not read from a page. Like positions, not part of equality: a page
   * with CRLF line ends reads as the same profile as its LF twin.
   *
   * @return the line end, or empty
   */
  @Value.Auxiliary
  Optional<String> lineEnd();

  /** {@return where each value was read from; empty for a built profile. Not part of equality} */
  @Value.Auxiliary
  @Value.Default
  default SourceMap sourceMap() {
    return SourceMap.empty();
  }

  /**
   * How the input was laid out where the model has no place for it, kept by the reader of a
   * format so that its writer can give the input back as it came (the JSON Resume reader keeps
   * its document here: empty values, pre-1.0 keys, key order). Keyed by format id; values are
   * JSON-like. Other writers ignore it, and it takes no part in equality: it describes the
   * input, not the profile.
   *
   * @return the layouts kept, by format id; empty for a built profile
   */
  @Value.Auxiliary
  Map<String, Object> inputLayout();

  /**
   * The claim with the given id.
   *
   * @param id the claim's id
   * @return the claim, empty when the profile has none with that id
   */
  default Optional<Claim> claim(String id) {
    return find(claims(), Claim::id, id);
  }

  /**
   * The evidence with the given id.
   *
   * @param id the evidence's id
   * @return the evidence, empty when the profile has none with that id
   */
  default Optional<Evidence> evidence(String id) {
    return find(evidence(), Evidence::id, id);
  }

  /**
   * The target with the given id.
   *
   * @param id the target's id
   * @return the target, empty when the profile has none with that id
   */
  default Optional<Target> target(String id) {
    return find(targets(), Target::id, id);
  }

  /**
   * {@return every entry that evidence can refer to by id, in document order: work, volunteer,
   * education, awards, certificates, publications, skills, projects}
   */
  default Stream<Identified> identifiedEntries() {
    return Stream.of(
            work(), volunteer(), education(), awards(), certificates(), publications(), skills(),
            projects())
        .flatMap(List::stream)
        .map(Identified.class::cast);
  }

  private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
    return items.stream().filter(item -> id.apply(item).equals(wanted)).findFirst();
  }

  /** {@return a new, empty builder for {@link Profile} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Profile}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableProfile.Builder {
    Builder() {}
  }
}
