/**
 * Profile Kit on Apache Spark: {@link dev.profilekit.spark.ProfileConversion} and
 * {@link dev.profilekit.spark.ProfileCheck} are Dataset transforms that run the library on the
 * executors, one row in, one row out; {@link dev.profilekit.spark.ProfileData} reads and writes
 * JSON Lines, Parquet and one file per profile through Spark's own data sources.
 */
package dev.profilekit.spark;
