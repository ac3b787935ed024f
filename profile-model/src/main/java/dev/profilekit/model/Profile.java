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

  @Value.Default
  default Person person() {
    return Person.builder().build();
  }

  /** Keys of a Markdown page's front matter (layout, permalink…), kept to be written back. */
  @AllowNulls
  Map<String, Object> frontMatter();

  List<Section> sections();

  List<Work> work();

  List<Volunteer> volunteer();

  List<Education> education();

  List<Award> awards();

  List<Certificate> certificates();

  List<Publication> publications();

  List<Skill> skills();

  List<Language> languages();

  List<Interest> interests();

  List<Reference> references();

  List<Project> projects();

  List<Claim> claims();

  List<Evidence> evidence();

  List<Target> targets();

  Optional<Meta> meta();

  /**
   * The line end of the text this profile was read from ({@code "\n"}, {@code "\r\n"} or
   * {@code "\r"}), so a writer of the same kind of page can keep it; empty when the text had
   * none or the profile was not read from a page. Like positions, not part of equality: a page
   * with CRLF line ends reads as the same profile as its LF twin.
   */
  @Value.Auxiliary
  Optional<String> lineEnd();

  /** Where each value was read from; not part of equality. */
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
   */
  @Value.Auxiliary
  Map<String, Object> inputLayout();

  default Optional<Claim> claim(String id) {
    return find(claims(), Claim::id, id);
  }

  default Optional<Evidence> evidence(String id) {
    return find(evidence(), Evidence::id, id);
  }

  default Optional<Target> target(String id) {
    return find(targets(), Target::id, id);
  }

  /** Every entry that evidence can refer to by id, in document order. */
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

  /** A builder for {@link Profile} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Profile}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableProfile.Builder {
    Builder() {}
  }
}
