#!/usr/bin/env bash
# Tests bin/profile itself: the start-up archive it records, and what it does when that goes
# wrong. Runs a copy of the launcher beside a copy of the built jar (run `./mvnw package` first),
# so the checkout's own archive is left alone. JDKs that misbehave are stand-in scripts that
# delegate to a real one.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

# check DESCRIPTION COMMAND...: passes when the command succeeds.
check() {
  local description="$1"
  shift
  if "$@"; then
    printf 'ok   %s\n' "$description"
  else
    printf 'FAIL %s\n' "$description" >&2
    failures=$((failures + 1))
  fi
}
contains() { [[ "$1" == *"$2"* ]]; }
lines_in() { wc -l <"$1"; }
in_cwd() { (cd "$work/cwd" && "$@") >/dev/null; }

# A checkout with nothing but the launcher and a jar newer than every (absent) source, with the
# LGPL jars it names on its Class-Path beside it in lib/.
mkdir -p "$work/kit/bin" "$work/kit/profile-cli/target" "$work/cwd"
cp "$root/bin/profile" "$work/kit/bin/profile"
cp "$root/profile-cli/target/profile.jar" "$work/kit/profile-cli/target/profile.jar"
cp -R "$root/profile-cli/target/lib" "$work/kit/profile-cli/target/lib"
cp "$root/examples/full.yaml" "$work/full.yaml"
profile="$work/kit/bin/profile"
target="$work/kit/profile-cli/target"
real_java="$(readlink -f "$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java")")"
real_home="${real_java%/bin/*}"
expected="$(cd "$work/cwd" && PROFILE_NO_CDS=1 "$profile" convert "$work/full.yaml" --to html 2>"$work/expected-stderr")"

# A stand-in JDK: its release file says VERSION; recording an archive writes the first 100 kB
# of a real one (as a crash half-way would) unless the arguments contain GOOD_WHEN.
fake_jdk() {
  local home="$1" version="$2" good_when="$3" real="$4"
  mkdir -p "$home/bin"
  printf 'JAVA_VERSION="%s"\n' "$version" >"$home/release"
  cat >"$home/bin/java" <<EOF
#!/usr/bin/env bash
out=""; good=no
for a in "\$@"; do
  case "\$a" in
    -XX:ArchiveClassesAtExit=*|-XX:AOTCacheOutput=*) out="\${a#*=}" ;;
    $good_when) good=yes ;;
  esac
done
if [ -n "\$out" ]; then echo record >>"$home/records"; fi
if [ -n "\$out" ] && [ "\$good" = no ]; then head -c 100000 "$real_home/lib/server/classes.jsa" >"\$out"; exit 0; fi
exec "$real/bin/java" "\$@"
EOF
  chmod +x "$home/bin/java"
}

# 1. A first run records the archive beside the jar; the output is the same as without it.
out="$(cd "$work/cwd" && "$profile" convert "$work/full.yaml" --to html)"
check "records a start-up archive beside the jar" \
  [ -n "$(find "$target" \( -name '*.jsa' -o -name '*.aot' \) -size +1M)" ]
check "the output with the archive is the same as without" [ "$out" = "$expected" ]

# 2. No java at all: a one-line message and exit code 127.
set +e
message="$(cd "$work/cwd" && JAVA_HOME="$work/no-such-jdk" "$profile" --version 2>&1)"
code=$?
set -e
check "no java: exit code 127" [ "$code" -eq 127 ]
check "no java: says what to do" contains "$message" "install a JDK 17 or newer"

# 1b. The archive is named after the exact jar (size and modification time): a rebuilt jar gets
#     a new one, and the old one goes. (A run during a rebuild once left a 0-byte archive newer
#     than the jar that was never retried.)
first_archive="$(find "$target" \( -name '*.jsa' -o -name '*.aot' \) -size +1M)"
jar_id="$(stat -c '%s-%Y' "$target/profile.jar")"
check "the archive's name holds the jar's size and modification time" contains "$first_archive" "-$jar_id."
touch -d '2001-02-03 04:05:06' "$target/profile.jar"
out="$(cd "$work/cwd" && "$profile" convert "$work/full.yaml" --to html)"
second_archive="$(find "$target" \( -name '*.jsa' -o -name '*.aot' \) -size +1M)"
check "a changed jar gets an archive of its own" contains "$second_archive" "-$(stat -c '%s-%Y' "$target/profile.jar")."
check "the archive of the earlier jar is removed" [ ! -e "$first_archive" ]
check "the output with the new archive is the same" [ "$out" = "$expected" ]
check "the new archive is accepted by the JVM" in_cwd env PROFILE_JAVA_OPTS=-Xshare:on "$profile" --version

# 3. A JVM that leaves a truncated archive: the run still works, the archive is not used, no
#    crash report lands in the user's directory; a later run retries once, then no more.
fake_jdk "$work/jdk17" "17.0.99" "-XX:never" "$real_home"
out="$(cd "$work/cwd" && JAVA_HOME="$work/jdk17" "$profile" convert "$work/full.yaml" --to html 2>"$work/stderr")"
check "truncated archive: the conversion still works" [ "$out" = "$expected" ]
# The conversion's own warnings (full.yaml's overlays, which HTML has no place for) are the
# same as without any archive; nothing from the launcher or the JVM may join them.
check "truncated archive: nothing on standard error but the conversion's own warnings" cmp -s "$work/stderr" "$work/expected-stderr"
check "truncated archive: no archive kept" [ -z "$(find "$target" -name 'profile-17.0.99-*.jsa')" ]
check "truncated archive: the failure is counted" [ "$(cat "$target"/profile-17.0.99-*.jsa.failed)" = 1 ]
check "truncated archive: no crash report in the working directory" [ -z "$(ls "$work/cwd")" ]
in_cwd env JAVA_HOME="$work/jdk17" "$profile" --version
check "truncated archive: retried once on a later run" [ "$(lines_in "$work/jdk17/records")" -eq 2 ]
in_cwd env JAVA_HOME="$work/jdk17" "$profile" --version
check "truncated archive: not retried a second time" [ "$(lines_in "$work/jdk17/records")" -eq 2 ]
touch -d '2002-02-03 04:05:06' "$target/profile.jar"
in_cwd env JAVA_HOME="$work/jdk17" "$profile" --version
check "truncated archive: a new jar is tried again" [ "$(lines_in "$work/jdk17/records")" -eq 3 ]

# 4. JDK 25+: when the AOT cache with linked call sites comes out bad, one without is written.
jdk25=""
for home in /usr/lib/jvm/*; do
  version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true)"
  if [ -n "$version" ] && [ "$version" -ge 25 ]; then jdk25="$home"; break; fi
done
if [ -n "$jdk25" ]; then
  fake_jdk "$work/jdk25" "25.0.99" "-XX:-AOTClassLinking" "$jdk25"
  out="$(cd "$work/cwd" && JAVA_HOME="$work/jdk25" "$profile" convert "$work/full.yaml" --to html)"
  check "JDK 25: records a second time, without linked call sites" [ "$(lines_in "$work/jdk25/records")" -eq 2 ]
  check "JDK 25: keeps that AOT cache" [ -n "$(find "$target" -name 'profile-25.0.99-*.aot' -size +1k)" ]
  check "JDK 25: the output with the fallback cache is the same" [ "$out" = "$expected" ]
  check "JDK 25: the JVM accepts the fallback cache" \
    in_cwd env JAVA_HOME="$work/jdk25" PROFILE_JAVA_OPTS=-XX:AOTMode=on "$profile" --version
else
  echo "skip JDK 25 fallback: no JDK 25+ under /usr/lib/jvm"
fi

# 5. Options that choose the compilers are not overridden.
check "PROFILE_JAVA_OPTS=-XX:TieredStopAtLevel=4 runs" \
  in_cwd env PROFILE_JAVA_OPTS=-XX:TieredStopAtLevel=4 "$profile" --version

if [ "$failures" -gt 0 ]; then
  echo "launcher-test: $failures failed" >&2
  exit 1
fi
echo "launcher-test: all passed"
