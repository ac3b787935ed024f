package dev.profilekit.spark;

import java.util.Arrays;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Finding the columns a transform reads. */
final class Columns {
  /** The name of documents when no column names them. */
  static final String UNNAMED = "document";

  private Columns() {}

  /** The position of the string column {@code name}; an error naming the columns there are otherwise. */
  static int stringColumn(StructType schema, String name, String role) {
    if (!Arrays.asList(schema.fieldNames()).contains(name)) {
      throw new IllegalArgumentException("no " + role + " column '" + name + "' (columns: "
          + String.join(", ", schema.fieldNames()) + ")");
    }
    int index = schema.fieldIndex(name);
    if (!schema.fields()[index].dataType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException("the " + role + " column '" + name + "' is "
          + schema.fields()[index].dataType().simpleString() + ", not string");
    }
    return index;
  }
}
