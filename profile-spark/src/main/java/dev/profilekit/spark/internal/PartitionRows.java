package dev.profilekit.spark.internal;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** What the partition functions share: naming a row, and appending the transform's columns. */
final class PartitionRows {
  private PartitionRows() {}

  static String name(Row row, int nameField, String defaultName) {
    if (nameField < 0) {
      return defaultName;
    }
    Object name = row.get(nameField);
    return name == null ? defaultName : name.toString();
  }

  static Row missing(String name) {
    return Rows.diagnostic("error", "missing-document", "the document is null", null, name, null, null,
        "a row needs a document to convert: look at how the column was filled");
  }

  /** The row's own values, then {@code added}. */
  static Row append(Row row, Object... added) {
    int size = row.size();
    Object[] values = new Object[size + added.length];
    for (int i = 0; i < size; i++) {
      values[i] = row.get(i);
    }
    System.arraycopy(added, 0, values, size, added.length);
    return RowFactory.create(values);
  }
}
