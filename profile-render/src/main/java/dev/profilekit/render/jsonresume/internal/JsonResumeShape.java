package dev.profilekit.render.jsonresume.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON Resume 1.0.0 schema as the converter needs it: each object's keys in the schema's
 * order, the native key each one maps to, the check a value must pass to be valid there, and
 * the pre-1.0 names still met in the wild. Reader and writer are both driven by this table.
 */
final class JsonResumeShape {
  /** What the official schema asserts about a value (with format assertions on). */
  enum Check {
    NONE,
    URI,
    EMAIL,
    /** The schema's {@code iso8601} pattern: YYYY, YYYY-MM or YYYY-MM-DD, years 1000–2999. */
    PARTIAL_DATE,
    /** {@code "format": "date"}: a full date, YYYY-MM-DD. */
    FULL_DATE
  }

  /** One key of a JSON Resume object. */
  record Field(String key, String nativeKey, Check check, JsonResumeShape child, boolean list) {
    boolean isDate() {
      return check == Check.PARTIAL_DATE || check == Check.FULL_DATE;
    }

    /** A format the schema asserts with {@code "format"} (the dates' pattern is not one). */
    boolean hasFormat() {
      return check == Check.URI || check == Check.EMAIL || check == Check.FULL_DATE;
    }
  }

  final String what;
  final List<Field> fields;
  /**
   * Pre-1.0 key → the 1.0 key it became. The writer also writes each one beside its 1.0 key
   * (unless told not to), because most popular themes still read the old name; the set is the
   * one those themes' templates read (see docs/jsonresume.md).
   */
  final Map<String, String> legacyNames;
  /** 1.0 key → its pre-1.0 alias, in the order the writer puts them. */
  final Map<String, String> aliasOf = new LinkedHashMap<>();
  /**
   * Keys written even when there is nothing to say (an empty object or list): themes read them
   * without asking whether they are there, and crash (elegant on basics.location and
   * basics.profiles, actual on projects[].roles).
   */
  final Set<String> alwaysWritten;
  /** Keys with a meaning of their own here that an extension must not take. */
  final Set<String> reserved;
  /** Whether unknown keys may stand in the object itself (1.0.0 forbids them at the top). */
  final boolean extensionsInPlace;
  private final Map<String, Field> byKey = new HashMap<>();
  private final Map<String, Field> byNativeKey = new HashMap<>();

  private JsonResumeShape(
      String what,
      List<Field> fields,
      Map<String, String> legacyNames,
      Set<String> reserved,
      boolean extensionsInPlace,
      Set<String> alwaysWritten) {
    this.what = what;
    this.fields = fields;
    this.legacyNames = legacyNames;
    this.reserved = reserved;
    this.extensionsInPlace = extensionsInPlace;
    this.alwaysWritten = alwaysWritten;
    for (Field field : fields) {
      byKey.putIfAbsent(field.key(), field);
      byNativeKey.putIfAbsent(field.nativeKey(), field);
    }
    for (Field field : fields) {
      legacyNames.forEach((alias, modern) -> {
        if (modern.equals(field.key())) {
          aliasOf.put(modern, alias);
        }
      });
    }
  }

  Optional<Field> field(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  Optional<Field> fieldForNative(String nativeKey) {
    return Optional.ofNullable(byNativeKey.get(nativeKey));
  }

  /** Whether an extension named {@code key} would be read back as something else. */
  boolean takes(String key) {
    return field(key).isPresent() || legacyNames.containsKey(key) || reserved.contains(key);
  }

  private static Field text(String key) {
    return new Field(key, key, Check.NONE, null, false);
  }

  private static Field checked(String key, Check check) {
    return new Field(key, key, check, null, false);
  }

  private static Field object(String key, String nativeKey, JsonResumeShape child) {
    return new Field(key, nativeKey, Check.NONE, child, false);
  }

  private static Field objects(String key, String nativeKey, JsonResumeShape child) {
    return new Field(key, nativeKey, Check.NONE, child, true);
  }

  private static JsonResumeShape entry(String what, Map<String, String> legacyNames, Field... fields) {
    return new JsonResumeShape(what, List.of(fields), legacyNames, Set.of(), true, Set.of());
  }

  private static JsonResumeShape entryWritingAlways(
      Set<String> alwaysWritten, String what, Map<String, String> legacyNames, Field... fields) {
    return new JsonResumeShape(what, List.of(fields), legacyNames, Set.of(), true, alwaysWritten);
  }

  private static final String URL = "url";
  private static final Field START = checked("startDate", Check.PARTIAL_DATE);
  private static final Field END = checked("endDate", Check.PARTIAL_DATE);

  static final JsonResumeShape LOCATION =
      entry("location", Map.of(), text("address"), text("postalCode"), text("city"), text("countryCode"), text("region"));

  static final JsonResumeShape PROFILE_LINK =
      entry("profile", Map.of(), text("network"), text("username"), checked(URL, Check.URI));

  static final JsonResumeShape BASICS =
      entryWritingAlways(Set.of("location", "profiles"), "basics", Map.of("website", URL, "picture", "image"),
          text("name"), text("label"), text("image"), checked("email", Check.EMAIL), text("phone"),
          checked(URL, Check.URI), text("summary"), object("location", "location", LOCATION),
          objects("profiles", "links", PROFILE_LINK));

  static final JsonResumeShape WORK =
      entry("work entry", Map.of("company", "name", "website", URL),
          text("name"), text("location"), text("description"), text("position"), checked(URL, Check.URI),
          START, END, text("summary"), text("highlights"));

  static final JsonResumeShape VOLUNTEER =
      entry("volunteer entry", Map.of("website", URL),
          text("organization"), text("position"), checked(URL, Check.URI), START, END, text("summary"),
          text("highlights"));

  static final JsonResumeShape EDUCATION =
      entry("education entry", Map.of("gpa", "score"),
          text("institution"), checked(URL, Check.URI), text("area"), text("studyType"), START, END,
          text("score"), text("courses"));

  static final JsonResumeShape AWARD =
      entry("award", Map.of(), text("title"), checked("date", Check.PARTIAL_DATE), text("awarder"), text("summary"));

  static final JsonResumeShape CERTIFICATE =
      entry("certificate", Map.of(),
          text("name"), checked("date", Check.FULL_DATE), checked(URL, Check.URI), text("issuer"));

  static final JsonResumeShape PUBLICATION =
      entry("publication", Map.of("website", URL),
          text("name"), text("publisher"), checked("releaseDate", Check.PARTIAL_DATE), checked(URL, Check.URI),
          text("summary"));

  static final JsonResumeShape SKILL = entry("skill", Map.of(), text("name"), text("level"), text("keywords"));

  static final JsonResumeShape LANGUAGE = entry("language", Map.of(), text("language"), text("fluency"));

  static final JsonResumeShape INTEREST = entry("interest", Map.of(), text("name"), text("keywords"));

  static final JsonResumeShape REFERENCE = entry("reference", Map.of(), text("name"), text("reference"));

  static final JsonResumeShape PROJECT =
      entryWritingAlways(Set.of("roles"), "project", Map.of(),
          text("name"), text("description"), text("highlights"), text("keywords"), START, END,
          checked(URL, Check.URI), text("roles"), text("entity"), text("type"));

  /** The key under {@code meta} that holds what JSON Resume has no field for. */
  static final String PROFILEKIT = "profilekit";

  static final JsonResumeShape META =
      new JsonResumeShape("meta", List.of(checked("canonical", Check.URI), text("version"), text("lastModified")),
          Map.of(), Set.of(PROFILEKIT), true, Set.of());

  /** The document; {@code $schema} is kept as the profile extension of the same name. */
  static final JsonResumeShape RESUME =
      new JsonResumeShape("resume",
          List.of(
              new Field("$schema", "x-$schema", Check.URI, null, false),
              object("basics", "person", BASICS),
              objects("work", "work", WORK),
              objects("volunteer", "volunteer", VOLUNTEER),
              objects("education", "education", EDUCATION),
              objects("awards", "awards", AWARD),
              objects("certificates", "certificates", CERTIFICATE),
              objects("publications", "publications", PUBLICATION),
              objects("skills", "skills", SKILL),
              objects("languages", "languages", LANGUAGE),
              objects("interests", "interests", INTEREST),
              objects("references", "references", REFERENCE),
              objects("projects", "projects", PROJECT),
              object("meta", "meta", META)),
          Map.of(), Set.of(), false, Set.of());
}
