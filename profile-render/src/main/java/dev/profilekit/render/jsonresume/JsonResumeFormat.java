package dev.profilekit.render.jsonresume;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatOption;
import dev.profilekit.model.format.InputHead;
import dev.profilekit.model.format.LineTranscoder;
import dev.profilekit.model.format.NativeOptions;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ProfileWriter;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.render.jsonresume.internal.JsonResumeLines;
import dev.profilekit.render.jsonresume.internal.JsonResumeReader;
import dev.profilekit.render.jsonresume.internal.JsonResumeWriter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code jsonresume} format: JSON Resume 1.0.0 and later 1.x, read and written without loss
 * (options: {@link JsonResumeOptions}). What JSON Resume has no field for travels under {@code
 * meta.profilekit}. Immutable.
 */
public final class JsonResumeFormat implements Format {
  /** The format id, for {@code --from}/{@code --to}. */
  public static final String ID = "jsonresume";

  /**
   * The read setting that asks for a check against the official JSON Resume 1.0.0 schema (with
   * format assertions), as {@code profile validate --as jsonresume} does.
   */
  public static final String VALIDATE_SETTING = "validate";

  /** The value of {@link #VALIDATE_SETTING} that turns the schema check on. */
  public static final String VALIDATE_STRICT = "strict";

  /**
   * The write setting ({@code --set jsonresume.aliases=off} on the command line) that says
   * whether to write, beside each JSON Resume 1.0 key, the pre-1.0 alias most themes read
   * ({@code work[].company} beside {@code work[].name}, {@code basics.website} beside
   * {@code basics.url}, …). On by default.
   */
  public static final String ALIASES_SETTING = "jsonresume.aliases";

  /** The value of {@link #ALIASES_SETTING} that writes the aliases (the default). */
  public static final String ALIASES_ON = "on";

  /** The value of {@link #ALIASES_SETTING} that writes JSON Resume 1.0 keys alone. */
  public static final String ALIASES_OFF = "off";

  /** The version of the {@code meta.profilekit} block this release reads and writes. */
  public static final int META_VERSION = 1;

  private static final Pattern NATIVE = Pattern.compile("\"schemaVersion\"\\s*:");
  private static final Pattern RESUME_KEY =
      Pattern.compile(
          "\"(basics|work|volunteer|education|awards|certificates|publications|skills|languages"
              + "|interests|references|projects)\"\\s*:");

  private static final List<FormatOption> OPTIONS = List.of(
      FormatOption.setting(ALIASES_SETTING, ALIASES_SETTING,
          "write beside each JSON Resume 1.0 key the pre-1.0 alias most themes read", FormatOption.Use.WRITE,
          List.of(ALIASES_ON, ALIASES_OFF), ALIASES_ON),
      FormatOption.program(VALIDATE_SETTING, VALIDATE_STRICT + ": check the input against the official JSON Resume 1.0.0 schema",
          FormatOption.Use.READ, List.of(VALIDATE_STRICT)));

  private final ProfileReader reader = new JsonResumeReader();
  private final ProfileWriter writer = new JsonResumeWriter();

  /** Creates the JSON Resume format; {@code Formats.standard()} holds one already. */
  public JsonResumeFormat() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "JSON Resume 1.0.0 (reads 0.0.x to 1.x); what it has no field for is kept under meta.profilekit";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of(".resume.json", "resume.json");
  }

  @Override
  public List<String> aliases() {
    return List.of("resume", "json-resume");
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public List<FormatOption> options() {
    return OPTIONS;
  }

  @Override
  public Optional<ProfileReader> reader() {
    return Optional.of(reader);
  }

  @Override
  public Optional<ProfileWriter> writer() {
    return Optional.of(writer);
  }

  /**
   * Lines to compact native JSON without the model, for lines read with no read setting (the
   * strict schema check is one); every other line, and every other target, takes the full read.
   */
  @Override
  public Optional<LineTranscoder> lineTranscoder(Format target, ReadOptions readOptions, WriteOptions writeOptions) {
    boolean toCompactNativeJson = target.id().equals("json") && "true".equals(writeOptions.settings().get(NativeOptions.COMPACT));
    if (!toCompactNativeJson || !readOptions.settings().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new JsonResumeLines(readOptions.limits()));
  }

  /** Surer than native JSON (10) when JSON Resume keys are there and no schemaVersion is. */
  @Override
  public int recognise(InputHead head) {
    return head.text().map(JsonResumeFormat::recognise).orElse(0);
  }

  private static int recognise(String content) {
    String start = content.stripLeading();
    if (!start.startsWith("{") || NATIVE.matcher(content).find()) {
      return 0;
    }
    return RESUME_KEY.matcher(content).find() ? 20 : 0;
  }
}
