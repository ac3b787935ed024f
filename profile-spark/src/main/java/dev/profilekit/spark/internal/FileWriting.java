package dev.profilekit.spark.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Row;

/**
 * Writes (name, content) rows as one file each, from the executors. The driver's Hadoop
 * settings travel as a plain map (Hadoop's Configuration is not serialisable), so the
 * executors reach the same file system with the same credentials.
 */
public final class FileWriting implements ForeachPartitionFunction<Row> {
  private static final long serialVersionUID = 1L;

  private final HashMap<String, String> hadoopSettings;
  private final String directory;

  public FileWriting(Map<String, String> hadoopSettings, String directory) {
    this.hadoopSettings = new HashMap<>(hadoopSettings);
    this.directory = directory;
  }

  /** Creates the directory, on the driver, before any task writes into it. */
  public void createDirectory() {
    try {
      Path dir = new Path(directory);
      fileSystem(dir).mkdirs(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + directory + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void call(Iterator<Row> rows) throws IOException {
    Path dir = new Path(directory);
    FileSystem fs = fileSystem(dir);
    while (rows.hasNext()) {
      Row row = rows.next();
      String name = row.getString(0);
      String content = row.getString(1);
      if (name == null || name.isEmpty() || name.startsWith(".") || name.contains("/") || name.contains("\\")) {
        throw new IllegalArgumentException("cannot write a file named '" + name
            + "': a name must be non-empty, have no path separator and not start with a dot");
      }
      if (content == null) {
        throw new IllegalArgumentException("no content to write to " + name + " (a failed row?): filter on ok first");
      }
      Path target = new Path(dir, name);
      Path temporary = new Path(dir, "." + name + "." + UUID.randomUUID() + ".tmp");
      try (OutputStream out = fs.create(temporary, true)) {
        out.write(content.getBytes(StandardCharsets.UTF_8));
      }
      // A retried task finds its earlier file: replace it (the content is the same).
      fs.delete(target, false);
      if (!fs.rename(temporary, target)) {
        fs.delete(temporary, false);
        throw new IOException("cannot rename " + temporary + " to " + target);
      }
    }
  }

  private FileSystem fileSystem(Path dir) throws IOException {
    Configuration configuration = new Configuration(false);
    hadoopSettings.forEach(configuration::set);
    FileSystem fs = dir.getFileSystem(configuration);
    // The local file system would write a hidden .crc file beside every file.
    return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
  }
}
