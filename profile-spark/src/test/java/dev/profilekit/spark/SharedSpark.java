package dev.profilekit.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark for every test class of this module: starting Spark costs seconds, so the
 * classes share the session of their JVM (Spark stops it when the JVM exits).
 */
final class SharedSpark {
  private SharedSpark() {}

  private static final class Holder {
    static final SparkSession SESSION = SparkSession.builder()
        .master("local[2]")
        .appName("profile-spark-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }

  static SparkSession session() {
    return Holder.SESSION;
  }
}
