#!/usr/bin/env bash
# Steady state: does a night cost what its own volume costs, whatever the history behind it?
# bench/steady.sh [orders_per_day] [history_nights] [from]
#   generates history_nights + 3 consecutive days with the project's generator (anomalies on,
#   seed 42), runs the history nights in order on one fresh embedded PostgreSQL (kept running
#   between them, as in bench/growth.sh: the curve), then times 3 more nights as cron runs them
#   (jobs/pickup.sh, server started and stopped by the night, under /usr/bin/time -v).
#   Prints, for every night: wall, stage times (from batch_step_execution), input rows, rows/s,
#   database size; for the timed nights also peak RSS; at the end, the size of staging and work
#   tables, and the bytes per order of the database.
# BENCH_WORK=folder reuses a folder (its inbox and database). BENCH_SNAPSHOT="4 14" copies
#   var/pgdata to snapshot-4 and snapshot-14 after those nights, so another jar (or a profile) can
#   start from the same state: BENCH_FROM_SNAPSHOT=WORK/snapshot-14 runs only the nights after
#   the history (set the same history_nights). BENCH_EXPLAIN=ms logs EXPLAIN (ANALYZE, BUFFERS)
#   of the statements slower than that into var/pgdata.log (auto_explain; slows the night).
#   BENCH_LOG_MS=150 logs only the durations of the statements over 150 ms (bench/statements.py).
# SPRING_DATASOURCE_URL (with _USERNAME, _PASSWORD) runs every night on that server instead (say the
#   system PostgreSQL 15), as production does: nothing embedded starts, so the timed nights do not
#   start or stop a server, and snapshots are not available.
# Needs: the packaged jar, psql (apt-get install postgresql-client), GNU time (apt-get install time).
set -euo pipefail
ORDERS=${1:-100000}
HISTORY=${2:-14}
FROM=${3:-2026-11-02}
TIMED=${BENCH_TIMED:-3}
HEAP=${BENCH_HEAP:--Xmx1g}
NIGHTS=$((HISTORY + TIMED))
[ -x /usr/bin/time ] || { echo "GNU time missing: apt-get install -y time" >&2; exit 2; }
. "$(dirname "$0")/lib.sh"
bench_setup steady
echo "jar: $JAR ($(sha256sum < "$JAR" | cut -c1-12)); orders/day $ORDERS; history $HISTORY nights; timed $TIMED"
[ -d inbox ] || java -jar "$JAR" generate --inbox inbox --from "$FROM" --days "$NIGHTS" --orders "$ORDERS" --seed 42 > generate.log

export JAVA_OPTS="$HEAP"
PICKUP="env PICKUP_HOME=$WORK PICKUP_JAR=$JAR $ROOT/jobs/pickup.sh"
FIRST=1
EXTERNAL=${SPRING_DATASOURCE_URL:-}
if [ -n "$EXTERNAL" ] && [ -n "${BENCH_FROM_SNAPSHOT:-}${BENCH_SNAPSHOT:-}" ]; then
  echo "snapshots copy the embedded server's folder: not with SPRING_DATASOURCE_URL" >&2; exit 2
fi
if [ -n "${BENCH_FROM_SNAPSHOT:-}" ]; then
  rm -rf var/pgdata && mkdir -p var && cp -a "$BENCH_FROM_SNAPSHOT" var/pgdata && rm -f var/pgdata/postmaster.pid
  FIRST=$((HISTORY + 1))
fi
# The first start, untimed: the class-data archive of the jar and (if new) the database.
SETTLEMENT_EMBEDDED_KEEPRUNNING=true $PICKUP status > first-start.log 2>&1 || { cat first-start.log; exit 1; }
if [ -n "$EXTERNAL" ]; then
  # jdbc:postgresql://HOST:PORT/DB
  hostport=${EXTERNAL#jdbc:postgresql://}; hostport=${hostport%%/*}; db=${EXTERNAL##*/}; db=${db%%\?*}
  psql_() { PGPASSWORD=${SPRING_DATASOURCE_PASSWORD:-} psql -X -A -t -F ' ' -h "${hostport%:*}" -p "${hostport##*:}" \
    -U "${SPRING_DATASOURCE_USERNAME:-postgres}" -d "$db" -c "$1"; }
else
  psql_() { psql -X -A -t -F ' ' -h localhost -p "$(sed -n 4p var/pgdata/postmaster.pid)" -U postgres -d postgres -c "$1"; }
fi
if [ -n "${BENCH_LOG_MS:-}" ]; then
  # The duration of every statement slower than BENCH_LOG_MS ms, into var/pgdata.log, for
  # bench/statements.py (costs nothing measurable at 150 ms).
  psql_ "ALTER SYSTEM SET log_min_duration_statement = '${BENCH_LOG_MS}ms'" > /dev/null
  psql_ "SELECT pg_reload_conf()" > /dev/null
fi
if [ -n "${BENCH_EXPLAIN:-}" ]; then
  # EXPLAIN (ANALYZE, BUFFERS) of every statement slower than BENCH_EXPLAIN ms, into var/pgdata.log.
  for setting in "session_preload_libraries = 'auto_explain'" "auto_explain.log_min_duration = '${BENCH_EXPLAIN}ms'" \
      "auto_explain.log_analyze = on" "auto_explain.log_buffers = on" "auto_explain.log_nested_statements = on"; do
    psql_ "ALTER SYSTEM SET $setting" > /dev/null
  done
  psql_ "SELECT pg_reload_conf()" > /dev/null
fi
stop_server() {
  [ -f var/pgdata/postmaster.pid ] || return 0
  kill -INT "$(head -1 var/pgdata/postmaster.pid)" 2>/dev/null || true
  while [ -f var/pgdata/postmaster.pid ]; do sleep 0.2; done
}
trap stop_server EXIT

printf '%-5s %-10s %8s %7s %8s %6s %6s %6s %6s %6s %6s %7s %9s %s\n' \
  night date rows wall rows/s load classif merge recon settle publ db_MB rss_KiB scope
for n in $(seq "$FIRST" "$NIGHTS"); do
  d=$(date -d "$FROM + $((n - 1)) day" +%F)
  rss=-
  if [ "$n" -le "$HISTORY" ]; then
    # History: server kept running between nights (only the night's JVM is timed).
    t0=$(date +%s.%N)
    SETTLEMENT_EMBEDDED_KEEPRUNNING=true $PICKUP run --date "$d" --inbox inbox --out out > "run-$d.log" 2>&1 || { tail -5 "run-$d.log"; exit 1; }
    t1=$(date +%s.%N)
  else
    # Timed as cron runs it: the night starts and stops the server itself.
    stop_server
    t0=$(date +%s.%N)
    /usr/bin/time -v -o "time-$d.txt" $PICKUP run --date "$d" --inbox inbox --out out > "run-$d.log" 2>&1 || { tail -5 "run-$d.log"; exit 1; }
    t1=$(date +%s.%N)
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "time-$d.txt")
    SETTLEMENT_EMBEDDED_KEEPRUNNING=true $PICKUP status > /dev/null 2>&1
  fi
  wall=$(echo "$t1 - $t0" | bc)
  rows=$(cat inbox/*_"${d//-/}".csv | wc -l)
  steps=$(psql_ "
    SELECT round(extract(epoch FROM max(end_time) FILTER (WHERE step_name LIKE 'load%')
                                  - min(start_time) FILTER (WHERE step_name LIKE 'load%'))::numeric, 1),
           round(extract(epoch FROM max(end_time) FILTER (WHERE step_name LIKE 'classify%')
                                  - max(end_time) FILTER (WHERE step_name LIKE 'load%'))::numeric, 1),
           round(extract(epoch FROM max(end_time) FILTER (WHERE step_name LIKE 'merge%')
                                  - min(start_time) FILTER (WHERE step_name = 'checkRejectRatio'))::numeric, 1),
           round(extract(epoch FROM max(end_time - start_time) FILTER (WHERE step_name = 'reconcile'))::numeric, 1),
           round(extract(epoch FROM max(end_time - start_time) FILTER (WHERE step_name = 'settle'))::numeric, 1),
           round(extract(epoch FROM max(end_time - start_time) FILTER (WHERE step_name = 'publish'))::numeric, 1),
           pg_database_size(current_database()) / 1048576
    FROM batch_step_execution
    WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)")
  scope=$(psql_ "SELECT (SELECT count(*) FROM work_scope_order) || 'o/' || (SELECT count(*) FROM work_scope_tracking) || 't'" 2>/dev/null || echo -)
  printf '%-5s %-10s %8s %7.1f %8.0f %6s %6s %6s %6s %6s %6s %7s %9s %s\n' "$n" "$d" "$rows" "$wall" \
    "$(echo "$rows / $wall" | bc -l)" $steps "$rss" "$scope" | tee -a nights.txt
  if [[ " ${BENCH_SNAPSHOT:-} " == *" $n "* ]]; then
    stop_server; rm -rf "snapshot-$n"; cp -a var/pgdata "snapshot-$n"
    SETTLEMENT_EMBEDDED_KEEPRUNNING=true $PICKUP status > /dev/null 2>&1
  fi
done

echo "per step of the last night (seconds; steps of a stage run side by side):"
psql_ "SELECT step_name, round(extract(epoch FROM end_time - start_time)::numeric, 2), write_count
  FROM batch_step_execution WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)
  ORDER BY start_time, step_execution_id" | awk '{printf "  %-18s %8s s  %s rows\n", $1, $2, $3}'
echo "tables (MB, with indexes and TOAST), largest first; staging and work tables must not grow with history:"
psql_ "SELECT c.relname, round(pg_total_relation_size(c.oid) / 1048576.0, 1),
         (SELECT reltuples::bigint FROM pg_class WHERE oid = c.oid)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind = 'r' AND pg_total_relation_size(c.oid) > 1048576
  ORDER BY pg_total_relation_size(c.oid) DESC" | awk '{printf "  %-28s %9s MB  ~%s rows\n", $1, $2, $3}'
psql_ "SELECT 'database ' || pg_size_pretty(pg_database_size(current_database())) || '; orders ' || count(*)
  || '; bytes per order ' || pg_database_size(current_database()) / greatest(count(*), 1)
  || '; a year at 1M orders/day ~' || round(pg_database_size(current_database())::numeric / greatest(count(*), 1) * 365e6 / 1e12, 2) || ' TB'
  FROM customer_order"
psql_ "SELECT 'WAL on disk ' || pg_size_pretty(sum(size)) FROM pg_ls_waldir()"
awk -v h="$HISTORY" '$1 > h {w += $4; r += $9; k++} END {if (k) printf "timed nights: mean wall %.1f s, mean reconcile %.1f s over %d nights\n", w / k, r / k, k}' nights.txt
