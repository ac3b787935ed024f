package dev.profilekit.cli.binaryformat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.InputHead;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ProfileWriter;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.spi.FormatProvider;
import dev.profilekit.spi.InputBytes;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.ModelTrees;
import dev.profilekit.spi.TreeText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A binary format for tests only, written against the API and SPI alone: the native JSON in a
 * ZIP archive ({@code .pkz}), recognised by ZIP's magic number. Registered through
 * {@code src/test/binary-format}, which only the test that needs it puts on a class path.
 */
public final class ZippedProfileFormat implements Format, FormatProvider {
  private static final String ENTRY = "profile.json";
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  @Override
  public List<Format> formats() {
    return List.of(this);
  }

  @Override
  public String id() {
    return "pkz";
  }

  @Override
  public String mediaType() {
    return "application/zip";
  }

  @Override
  public String description() {
    return "Test only: the native JSON in a ZIP archive";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of(".pkz");
  }

  @Override
  public boolean isText() {
    return false;
  }

  @Override
  public int recognise(InputHead head) {
    return head.startsWith(ZIP_MAGIC) ? 10 : 0;
  }

  @Override
  public Optional<ProfileReader> reader() {
    return Optional.of(ZippedProfileFormat::read);
  }

  @Override
  public Optional<ProfileWriter> writer() {
    return Optional.of(ZippedProfileFormat::write);
  }

  private static ReadResult read(Input input, ReadOptions options) {
    try {
      byte[] bytes = InputBytes.read(input, options.limits());
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          if (entry.getName().equals(ENTRY)) {
            byte[] json = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, options.limits().maxInputBytes()));
            String name = input.name() + "!" + ENTRY;
            return ModelTrees.readProfile(
                TreeText.parse(TreeText.Syntax.JSON, options.limits(), name, new String(json, StandardCharsets.UTF_8), 0),
                options);
          }
        }
      }
      return ReadResult.failed(List.of(problem(input, "the archive holds no " + ENTRY)));
    } catch (InputProblem problem) {
      return ReadResult.failed(List.of(problem.diagnostic()));
    } catch (IOException e) {
      return ReadResult.failed(List.of(problem(input, "not a ZIP archive: " + e.getMessage())));
    }
  }

  private static Diagnostic problem(Input input, String message) {
    return Diagnostic.error("bad-archive", message).withPosition(SourcePosition.of(input.name(), 1, 1));
  }

  private static List<Diagnostic> write(Profile profile, WriteOptions options, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    ZipEntry entry = new ZipEntry(ENTRY);
    entry.setLastModifiedTime(FileTime.fromMillis(0));
    zip.putNextEntry(entry);
    zip.write(TreeText.json(ModelTrees.write(profile)).getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.finish();
    return List.of();
  }
}
