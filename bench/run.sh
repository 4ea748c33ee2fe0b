#!/usr/bin/env bash
# Benchmark one night: bench/run.sh [orders] [date]
#   generates an inbox with the project's generator (anomalies on), runs `run --date D` on a new
#   embedded PostgreSQL (or SPRING_DATASOURCE_URL if set), then loads the same three files with
#   psql \copy into equivalent unindexed tables on the same server, and prints per-stage times,
#   rows/s, the load ratio to psql and the JVM's peak RSS.
# Needs: the packaged jar (mvn -DskipTests package), psql (apt-get install postgresql-client),
#   GNU time (apt-get install time).
set -euo pipefail
ORDERS=${1:-1000000}
DATE=${2:-2026-11-02}
HEAP=${BENCH_HEAP:--Xmx1g}
COMPACT=${DATE//-/}
[ -x /usr/bin/time ] || { echo "GNU time missing: apt-get install -y time" >&2; exit 2; }
. "$(dirname "$0")/lib.sh"
bench_setup bench
t0=$(date +%s.%N)
[ -d inbox ] || java -jar "$JAR" generate --inbox inbox --from "$DATE" --days 1 --orders "$ORDERS" --seed 42
t1=$(date +%s.%N)
printf 'generate: %.1f s\n' "$(echo "$t1 - $t0" | bc)"
wc -l inbox/*_"$COMPACT".csv | sed 's/^/  /'

# The night is timed as cron runs it (jobs/nightly.sh): through jobs/pickup.sh, which starts the
# jar from its class-data archive, on a database that exists (every night but the first finds
# one), the JVM starting and stopping the embedded server. So first, untimed: the archive of a new
# jar and the new database (initdb, migrations), both made once by a first start.
PICKUP="env PICKUP_HOME=$WORK PICKUP_JAR=$JAR $ROOT/jobs/pickup.sh"
c0=$(date +%s.%N)
$PICKUP status > create.log 2>&1 || { cat create.log; exit 1; }
printf 'first start (class-data archive, new database; not part of the night): %.1f s\n' "$(echo "$(date +%s.%N) - $c0" | bc)"
/usr/bin/time -v -o time.txt env JAVA_OPTS="$HEAP -Xlog:gc:file=gc.log" $PICKUP run --date "$DATE" --inbox inbox --out out > run.log 2>&1 || { cat run.log; exit 1; }
# Start the server again and keep it up, so its metadata can be read and psql can use it.
[ -n "${SPRING_DATASOURCE_URL:-}" ] || SETTLEMENT_EMBEDDED_KEEPRUNNING=true $PICKUP status > /dev/null 2>&1
grep -E "COMPLETED|read " run.log | sed 's/^/  /'
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' time.txt)
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' time.txt)

if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
  PSQL="psql -X -q ${BENCH_PSQL_ARGS:?set BENCH_PSQL_ARGS to reach the same server} -v ON_ERROR_STOP=1"
else
  PORT=$(sed -n 4p var/pgdata/postmaster.pid)
  PSQL="psql -X -q -h localhost -p $PORT -U postgres -d postgres -v ON_ERROR_STOP=1"
  trap 'kill "$(head -1 var/pgdata/postmaster.pid)" 2>/dev/null || true' EXIT
fi
echo "per step (from the job repository; the steps of a stage run side by side):"
$PSQL -A -F $'\t' -t -c "
  SELECT s.step_name, round(extract(epoch FROM s.end_time - s.start_time)::numeric, 2), s.write_count
  FROM batch_step_execution s
  WHERE s.job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)
  ORDER BY s.start_time, s.step_execution_id" | awk -F'\t' '{printf "  %-18s %8s s  %s rows\n", $1, $2, $3}'
# A stage's wall time: from its first step's start to its last step's end.
span() {
  $PSQL -A -t -c "
    SELECT round(extract(epoch FROM max(end_time) - min(start_time))::numeric, 2) FROM batch_step_execution
    WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution) AND step_name ~ '$1'"
}
load_s=$(span '^load')
echo "stages (wall): load $load_s s; load + classify $(span '^(load|classify)') s; merge $(span '^merge') s; reconcile $(span '^reconcile$') s; settle $(span '^settle$') s; publish $(span '^publish$') s"

# The baseline (bench/lib.sh), on the same server.
baseline_tables
p0=$(date +%s.%N)
baseline_copy "$COMPACT"
p1=$(date +%s.%N)
psql_s=$(echo "$p1 - $p0" | bc)
rows=$(cat inbox/*_"$COMPACT".csv | wc -l)
job_s=$($PSQL -A -t -c "SELECT round(extract(epoch FROM end_time - start_time)::numeric, 1) FROM batch_job_execution
  WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)")
echo "whole night (JVM start to exit, server start and stop included): $wall, of which the job $job_s s; peak RSS ${rss} KiB"
# Heap flat or not: the live heap after each collection (from the GC log), its maximum and its
# value at the end; "A->B(C)" is before->after(committed).
awk 'match($0, /[0-9]+M->[0-9]+M\([0-9]+M\)/) { s = substr($0, RSTART, RLENGTH); split(s, a, /->|M|\(/);
     n++; after = a[3] + 0; if (after > max) max = after; last = after }
     END { printf "heap after GC: max %d MB, last %d MB, over %d collections (%s)\n", max, last, n, "'"$HEAP"'" }' gc.log
printf 'load stage: %s s (%.0f rows/s); psql \\copy of the same files: %.2f s (%.0f rows/s); ratio ours/psql throughput: %.2f\n' \
  "$load_s" "$(echo "$rows / $load_s" | bc -l)" "$psql_s" "$(echo "$rows / $psql_s" | bc -l)" "$(echo "$psql_s / $load_s" | bc -l)"
