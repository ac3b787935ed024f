package dev.profilekit.spark.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * The per-row work of a conversion, as Spark ships it to executors: only the settings and two
 * column positions are serialised. The converter (formats looked up, options built) is made
 * once per executor JVM and settings, then shared by its tasks; rows stream through one at a
 * time, in order, each giving exactly one row out.
 */
public final class ConvertPartitions implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final Map<ConversionSettings, LibraryAdapter.Converter> CONVERTERS = new ConcurrentHashMap<>();

  private final ConversionSettings settings;
  private final int documentField;
  private final int nameField;
  private final String defaultName;

  /**
   * @param nameField the position of the column that names each document, or -1 to name them all {@code defaultName}
   */
  public ConvertPartitions(ConversionSettings settings, int documentField, int nameField, String defaultName) {
    this.settings = settings;
    this.documentField = documentField;
    this.nameField = nameField;
    this.defaultName = defaultName;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    LibraryAdapter.Converter converter = CONVERTERS.computeIfAbsent(settings, LibraryAdapter.Converter::new);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        String name = PartitionRows.name(row, nameField, defaultName);
        LibraryAdapter.Converted converted;
        Object document = row.get(documentField);
        if (document == null) {
          converted = new LibraryAdapter.Converted(null, List.of(PartitionRows.missing(name)));
        } else {
          try {
            converted = converter.convert(name, document.toString());
          } catch (RuntimeException | StackOverflowError e) {
            converted = new LibraryAdapter.Converted(null, List.of(LibraryAdapter.failure(name, e)));
          }
        }
        return PartitionRows.append(row, converted.output(), Rows.seq(converted.diagnostics()), converted.ok());
      }
    };
  }
}
