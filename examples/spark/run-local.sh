#!/usr/bin/env bash
# Runs the example job in Spark's local mode with nothing installed but a JDK 17+: the job jar
# goes to Spark's own SparkSubmit, on a class path of the Spark jars Maven already fetched, with
# the JVM options spark-submit would add. That is what `spark-submit --master local[2]` does.
# The job jar and the Spark class path are built first when missing or older than the sources.
# SPARK_MASTER chooses another master (default local[2]), SPARK_DRIVER_MEMORY the heap (1g),
# JOB_CLASS the job (ConvertResumes, or ConvertJsonLines).
set -euo pipefail

here="$(CDPATH='' cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
root="$(CDPATH='' cd -P -- "$here/../.." && pwd)"
target="$here/target"
jar="$target/profile-spark-job.jar"
# Spark resolved on its own (spark-runtime/pom.xml): what an installation's jars/ holds.
spark_class_path="$here/spark-runtime/target/spark-class-path.txt"
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"

stale() {
  [ ! -f "$jar" ] || [ ! -f "$spark_class_path" ] || [ ! -f "$target/launcher/jvm-options" ] && return 0
  [ -n "$(find "$root/pom.xml" "$root"/profile-*/pom.xml "$root"/profile-*/src "$here/pom.xml" "$here/src" -newer "$jar" -print -quit 2>/dev/null)" ]
}

if stale; then
  echo "run-local: building the job jar (first run only; a few minutes)..." >&2
  log="$(mktemp)"
  if ! (cd "$root" && ./mvnw -q -B -DskipTests -pl examples/spark,examples/spark/spark-runtime -am package) >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "run-local: the build failed (output above)" >&2
    exit 4
  fi
  rm -f "$log"
fi

read -r -a jvm_options <"$target/launcher/jvm-options"
# The host name of many machines resolves to a loopback address; say so, instead of a warning.
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
exec "$java_cmd" "${jvm_options[@]}" -Xmx"${SPARK_DRIVER_MEMORY:-1g}" \
  -Dlog4j2.configurationFile="$here/log4j2.properties" \
  -cp "$(cat "$spark_class_path")" \
  org.apache.spark.deploy.SparkSubmit \
  --master "${SPARK_MASTER:-local[2]}" \
  --class "dev.profilekit.spark.example.${JOB_CLASS:-ConvertResumes}" \
  "$jar" "$@"
