package dev.profilekit.spark.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/** The per-row work of a check: like {@link ConvertPartitions}, one report row per input row. */
public final class CheckPartitions implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final Map<CheckSettings, LibraryAdapter.Checker> CHECKERS = new ConcurrentHashMap<>();

  private final CheckSettings settings;
  private final int documentField;
  private final int nameField;
  private final String defaultName;

  public CheckPartitions(CheckSettings settings, int documentField, int nameField, String defaultName) {
    this.settings = settings;
    this.documentField = documentField;
    this.nameField = nameField;
    this.defaultName = defaultName;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    LibraryAdapter.Checker checker = CHECKERS.computeIfAbsent(settings, LibraryAdapter.Checker::new);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        String name = PartitionRows.name(row, nameField, defaultName);
        LibraryAdapter.Checked checked;
        Object document = row.get(documentField);
        if (document == null) {
          checked = new LibraryAdapter.Checked(null, List.of(PartitionRows.missing(name)), false);
        } else {
          try {
            checked = checker.check(name, document.toString());
          } catch (RuntimeException | StackOverflowError e) {
            checked = new LibraryAdapter.Checked(null, List.of(LibraryAdapter.failure(name, e)), false);
          }
        }
        return PartitionRows.append(row, checked.report(), Rows.seq(checked.diagnostics()), checked.passes());
      }
    };
  }
}
