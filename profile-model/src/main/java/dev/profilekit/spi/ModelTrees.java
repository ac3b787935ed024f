package dev.profilekit.spi;

import dev.profilekit.model.Award;
import dev.profilekit.model.Certificate;
import dev.profilekit.model.Claim;
import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Education;
import dev.profilekit.model.Evidence;
import dev.profilekit.model.Interest;
import dev.profilekit.model.Language;
import dev.profilekit.model.Link;
import dev.profilekit.model.Location;
import dev.profilekit.model.Meta;
import dev.profilekit.model.Metric;
import dev.profilekit.model.PartialDate;
import dev.profilekit.model.Person;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Project;
import dev.profilekit.model.Publication;
import dev.profilekit.model.Reference;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.Section;
import dev.profilekit.model.Skill;
import dev.profilekit.model.Target;
import dev.profilekit.model.Volunteer;
import dev.profilekit.model.Work;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.internal.codec.Codec;
import dev.profilekit.model.internal.codec.Codecs;
import dev.profilekit.model.internal.nativeformat.NativeCodecs;
import dev.profilekit.model.internal.nativeformat.NativeReader;
import java.util.List;
import java.util.Map;

/**
 * Binds positioned trees in the native layout (the layout of the {@code yaml} and {@code json}
 * formats, see {@code profile schema}) to the model, and the model back to plain trees. A format
 * that can say what it holds in that layout needs no binding code of its own: diagnostics name
 * the path and position of each wrong value, with a hint ("did you mean {@code email}?"), exactly
 * as the native reader's do. Thread-safe.
 */
public final class ModelTrees {
  private ModelTrees() {}

  private static final Map<Class<?>, Codec<?>> CODECS = Map.ofEntries(
      Map.entry(Profile.class, NativeCodecs.PROFILE),
      Map.entry(Person.class, NativeCodecs.PERSON),
      Map.entry(Location.class, NativeCodecs.LOCATION),
      Map.entry(Link.class, NativeCodecs.LINK),
      Map.entry(Section.class, NativeCodecs.SECTION),
      Map.entry(Work.class, NativeCodecs.WORK),
      Map.entry(Volunteer.class, NativeCodecs.VOLUNTEER),
      Map.entry(Education.class, NativeCodecs.EDUCATION),
      Map.entry(Award.class, NativeCodecs.AWARD),
      Map.entry(Certificate.class, NativeCodecs.CERTIFICATE),
      Map.entry(Publication.class, NativeCodecs.PUBLICATION),
      Map.entry(Skill.class, NativeCodecs.SKILL),
      Map.entry(Language.class, NativeCodecs.LANGUAGE),
      Map.entry(Interest.class, NativeCodecs.INTEREST),
      Map.entry(Reference.class, NativeCodecs.REFERENCE),
      Map.entry(Project.class, NativeCodecs.PROJECT),
      Map.entry(Claim.class, NativeCodecs.CLAIM),
      Map.entry(Metric.class, NativeCodecs.METRIC),
      Map.entry(Evidence.class, NativeCodecs.EVIDENCE),
      Map.entry(Requirement.class, NativeCodecs.REQUIREMENT),
      Map.entry(RequirementGroup.class, NativeCodecs.REQUIREMENT_GROUP),
      Map.entry(Target.class, NativeCodecs.TARGET),
      Map.entry(Meta.class, NativeCodecs.META));

  /**
   * Binds a whole profile, as the native reader does: structural errors stop the read (and
   * references that do not resolve are still reported), positions are kept in the profile's
   * source map. Validation ({@link dev.profilekit.model.ProfileValidator}) is left to the caller
   * or to {@link dev.profilekit.model.format.Profiles}.
   *
   * @param root the tree of a whole profile
   * @param options limits, of which {@link dev.profilekit.model.format.Limits#maxDiagnostics()}
   *     applies here
   * @return the profile with its diagnostics, or the diagnostics alone when errors stopped it
   */
  public static ReadResult readProfile(Node root, ReadOptions options) {
    return NativeReader.bind(root, options);
  }

  /**
   * Binds a whole profile as {@link #readProfile(Node, ReadOptions)} does, adding what the parser
   * found along the way (see {@link TreeText#parseCollecting}).
   *
   * @param root the tree of a whole profile
   * @param options limits
   * @param parserFindings diagnostics to report with the binding's own
   * @return the profile with its diagnostics, or the diagnostics alone when errors stopped it
   */
  public static ReadResult readProfile(Node root, ReadOptions options, List<Diagnostic> parserFindings) {
    return NativeReader.bind(root, options, parserFindings);
  }

  /**
   * Binds one model value, such as a single work entry, project or claim.
   *
   * @param <T> the model type
   * @param type the model type: {@code Profile}, {@code Person}, {@code Location}, {@code Link},
   *     {@code Section}, {@code Work}, {@code Volunteer}, {@code Education}, {@code Award}, {@code
   *     Certificate}, {@code Publication}, {@code Skill}, {@code Language}, {@code Interest},
   *     {@code Reference}, {@code Project}, {@code Claim}, {@code Metric}, {@code Evidence}, {@code
   *     Requirement}, {@code RequirementGroup}, {@code Target} or {@code Meta}
   * @param node the value's tree
   * @param path the value's path, for diagnostics (e.g. {@code $.work[0]})
   * @param context collects the diagnostics
   * @return the value, or {@code null} when the node is not one (a diagnostic in {@code context}
   *     then says why)
   * @throws IllegalArgumentException for a type that is not in the list
   */
  public static <T> T read(Class<T> type, Node node, String path, ReadContext context) {
    return codec(type).read(node, path, context);
  }

  /**
   * A model value as a plain tree in the native layout (maps in the native key order), ready for
   * {@link TreeText#json} or {@link TreeText#yaml}.
   *
   * @param <T> the model type
   * @param type the model type, one of those {@link #read} takes
   * @param value the value
   * @return its plain tree
   * @throws IllegalArgumentException for a type that is not in the list
   */
  @SuppressWarnings("unchecked")
  public static <T> Map<String, Object> write(Class<T> type, T value) {
    return (Map<String, Object>) codec(type).write(value);
  }

  /**
   * A whole profile as a plain tree: the document the {@code yaml} and {@code json} formats
   * write.
   *
   * @param profile the profile
   * @return its plain tree
   */
  public static Map<String, Object> write(Profile profile) {
    return NativeCodecs.PROFILE.write(profile);
  }

  /**
   * Binds a text value. Anything else is an error at the node's position, with a hint where one
   * helps (a number written where text was meant: put it in quotes).
   *
   * @param node the node
   * @param path its path, for diagnostics
   * @param context collects the diagnostics
   * @return the text, or {@code null} when the node holds none
   */
  public static String readText(Node node, String path, ReadContext context) {
    return Codecs.TEXT.read(node, path, context);
  }

  /**
   * Binds a partial ISO date ({@code 2019}, {@code 2019-06}, {@code 2019-06-01}), with a hint
   * for dates written otherwise.
   *
   * @param node the node
   * @param path its path, for diagnostics
   * @param context collects the diagnostics
   * @return the date, or {@code null} when the node holds none
   */
  public static PartialDate readDate(Node node, String path, ReadContext context) {
    return Codecs.DATE.read(node, path, context);
  }

  /**
   * Any value as a plain tree, as extensions keep what no field holds.
   *
   * @param node the node
   * @param path its path, for diagnostics
   * @param context collects the diagnostics
   * @return the plain value
   */
  public static Object readPlain(Node node, String path, ReadContext context) {
    return Codecs.ANY.read(node, path, context);
  }

  @SuppressWarnings("unchecked")
  private static <T> Codec<T> codec(Class<T> type) {
    Codec<?> codec = CODECS.get(type);
    if (codec == null) {
      throw new IllegalArgumentException("no native layout for " + type.getName());
    }
    return (Codec<T>) codec;
  }
}
