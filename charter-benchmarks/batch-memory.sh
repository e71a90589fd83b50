#!/usr/bin/env bash
# Peak memory (maximum resident set size) and wall-clock time of one `charter assess DIR` run over a
# batch of generated submissions, per report format, measured with GNU time. The target: 10,000
# submissions of 100 evidence items in at most 300 MB. See docs/performance.md.
#
# Build the jars first:
#   ./mvnw -q -B -o package -DskipTests -DskipITs -pl charter-cli,charter-benchmarks -am
# then, from the checkout:
#   charter-benchmarks/batch-memory.sh                      # 10,000 submissions, csv json html
#   COUNT=2000 FORMATS="csv junit" charter-benchmarks/batch-memory.sh
#
# Settings (environment):
#   COUNT     submissions (default 10000)          ITEMS     evidence items each (default 100)
#   FORMATS   report formats (default "csv json html")
#   JAR       the CLI jar (default charter-cli/target/charter.jar)
#   JAVA_OPTS JVM options (default none: the JVM's own defaults, as `java -jar` gives)
#   LAUNCHER  1 to run through the ./charter launcher (with CHARTER_JAVA_OPTS) instead of java -jar
#   LIMIT_MB  exit 1 if any run's peak RSS is above this (default 300)
#   WORK      where the submissions and reports go (default a new temporary directory, removed
#             at the end unless KEEP=1; a WORK that already holds COUNT submissions is reused)
set -euo pipefail

root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
count=${COUNT:-10000}
items=${ITEMS:-100}
formats=${FORMATS:-csv json html}
jar=${JAR:-$root/charter-cli/target/charter.jar}
benchmarks=$root/charter-benchmarks/target/benchmarks.jar
limit_mb=${LIMIT_MB:-300}
java_opts=${JAVA_OPTS:-}

for needed in "$jar" "$benchmarks"; do
  if [ ! -f "$needed" ]; then
    echo "batch-memory: $needed is missing; build with:" \
      "./mvnw -q -B -o package -DskipTests -DskipITs -pl charter-cli,charter-benchmarks -am" >&2
    exit 2
  fi
done
if [ ! -x /usr/bin/time ]; then
  echo "batch-memory: GNU time (/usr/bin/time) is missing; on Debian: apt-get install time" >&2
  exit 2
fi

if [ -n "${WORK:-}" ]; then
  work=$WORK
  mkdir -p "$work"
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/batch-memory.XXXXXX")
  if [ "${KEEP:-0}" != 1 ]; then
    trap 'rm -rf "$work"' EXIT
  fi
fi
submissions=$work/submissions
if [ "$(find "$submissions" -name '*.json' 2>/dev/null | wc -l)" -ne "$count" ]; then
  rm -rf "$submissions"
  echo "batch-memory: writing $count submissions of $items evidence items to $submissions" >&2
  java -cp "$benchmarks" io.charterassurance.benchmarks.BatchFiles "$submissions" "$count" "$items"
fi

echo "# $(java -version 2>&1 | head -n 1); $(nproc) cores; $(free -m | awk '/^Mem:/ {print $2}') MB of memory"
if [ "${LAUNCHER:-0}" = 1 ]; then
  options="those of ./charter (CHARTER_JAVA_OPTS: ${CHARTER_JAVA_OPTS-unset})"
else
  options="${java_opts:-none, the JVM defaults}; $(basename "$jar")"
fi
echo "# $count submissions of $items items, $(du -sh "$submissions" | cut -f1) on disk; JVM options: $options"
echo "| format | peak RSS (MB) | wall clock | report size (MB) | exit |"
echo "|---|---|---|---|---|"
over=0
for format in $formats; do
  out=$work/report.$format
  times=$work/time.$format
  rm -f "$out"
  if [ "${LAUNCHER:-0}" = 1 ]; then
    command=("$root/charter" assess "$submissions" -f "$format" -o "$out")
  else
    # shellcheck disable=SC2206 # the options are words
    command=(java $java_opts -jar "$jar" assess "$submissions" -f "$format" -o "$out")
  fi
  set +e
  /usr/bin/time -v "${command[@]}" > "$work/stdout.$format" 2> "$times"
  exit=$?
  set -e
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$times")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$times")
  size=$(if [ -f "$out" ]; then du -m "$out" | cut -f1; else echo -; fi)
  rss_mb=$(( rss_kb / 1024 ))
  echo "| $format | $rss_mb | $wall | $size | $exit |"
  if [ "$exit" -ne 0 ]; then
    grep -v '^\s' "$times" | head -n 5 >&2
  fi
  if [ "$rss_mb" -gt "$limit_mb" ] || [ "$exit" -ne 0 ]; then
    over=1
  fi
done
if [ "$over" -ne 0 ]; then
  echo "batch-memory: a run failed or went over $limit_mb MB" >&2
  exit 1
fi
