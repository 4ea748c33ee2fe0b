#!/usr/bin/env bash
# Two builds on the same history: bench/night-ab.sh SNAPSHOT DAY_BEFORE DAY JAR...
#   For each jar in turn (give them alternated: A B A B): a fresh copy of SNAPSHOT (a var/pgdata
#   kept by `BENCH_SNAPSHOT=N bench/steady.sh`, in whose work folder this runs, for its inbox), the
#   night DAY_BEFORE untimed (a changed rule makes the first night after a deploy a FULL one), then
#   DAY timed as cron runs it (jobs/pickup.sh, the night starting and stopping the server). Prints
#   wall, CPU, peak RSS, load average and every step's time; keeps each night's published folder as
#   out-JARNAME (compare them with diff -r) and the server's statement log as stmt-JARNAME-TIME.log
#   (statements over log_min_duration_statement, if the snapshot's server has it set;
#   bench/statements.py reads it).
set -euo pipefail
SNAP=$(realpath "$1") D0=$2 D=$3; shift 3
ROOT=$(cd "$(dirname "$0")/.." && pwd)
W=$(dirname "$SNAP")/ab
mkdir -p "$W" && cd "$W"
ln -sfn ../inbox inbox
for jar in "$@"; do
  jar=$(realpath "$jar") name=$(basename "$jar" .jar)
  PICKUP="env PICKUP_HOME=$W PICKUP_JAR=$jar $ROOT/jobs/pickup.sh"
  rm -rf var out && mkdir -p var && cp -a "$SNAP" var/pgdata && rm -f var/pgdata/postmaster.pid
  $PICKUP run --date "$D0" --inbox inbox --out out > "run0-$name.log" 2>&1   # the class-data archive too
  : > var/pgdata.log
  t0=$(date +%s.%N)
  /usr/bin/time -f "%U s user %S s sys %M KiB" -o time.txt $PICKUP run --date "$D" --inbox inbox --out out > "run-$name.log" 2>&1
  t1=$(date +%s.%N)
  echo "$name: $(echo "$t1 - $t0" | bc) s wall; $(cat time.txt); load $(cut -d' ' -f1 /proc/loadavg);" \
    "$(grep -o 'reconciling with [a-z]* scope' "run-$name.log");" \
    "$(grep -o 'step [a-zA-Z]* COMPLETED in [0-9.]* s' "run-$name.log" | awk '{printf "%s=%s ", $2, $5}')"
  cp var/pgdata.log "stmt-$name-$(date +%H%M%S).log"
  rm -rf "out-$name" && mv out "out-$name"
done
