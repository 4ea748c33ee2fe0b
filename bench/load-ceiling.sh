#!/usr/bin/env bash
# How close can our load get to psql? bench/load-ceiling.sh [orders] [date]
#   Runs the night as far as the end of its three loads and classifications (it stops at the
#   fault point checkRejectRatio:begin and is killed there, before anything reaches the core
#   tables), exports the rows our load wrote into staging, and then times on the same server:
#   - the baseline of bench/run.sh (bench/lib.sh): the three files, each record into one text column;
#   - psql \copy of the staged rows themselves, in PostgreSQL's binary format as our load sends
#     them, into unindexed copies of the staging tables, one table after another and the three
#     side by side (as the night loads them). No Java runs there: it is what the server alone
#     spends to take in the rows our load sends it.
#   baseline / staged rows is the load ratio our load would reach with a reader that cost nothing.
# Needs: the packaged jar (mvn -DskipTests package), psql (apt-get install postgresql-client).
# Uses the embedded server only (the run is killed half-way; the work folder is thrown away).
set -euo pipefail
ORDERS=${1:-1000000}
DATE=${2:-2026-11-02}
ROUNDS=${BENCH_ROUNDS:-3}
COMPACT=${DATE//-/}
[ -z "${SPRING_DATASOURCE_URL:-}" ] || { echo "embedded server only: unset SPRING_DATASOURCE_URL" >&2; exit 2; }
. "$(dirname "$0")/lib.sh"
bench_setup ceiling
[ -d inbox ] || java -jar "$JAR" generate --inbox inbox --from "$DATE" --days 1 --orders "$ORDERS" --seed 42 > generate.log
[ ! -d var/pgdata ] || { echo "$WORK/var/pgdata exists: use a new work folder" >&2; exit 2; }

export SETTLEMENT_EMBEDDED_KEEPRUNNING=true
trap '[ -f var/pgdata/postmaster.pid ] && kill "$(head -1 var/pgdata/postmaster.pid)" 2>/dev/null || true' EXIT
SETTLEMENT_FAULT_POINT=checkRejectRatio:begin java -Xmx1g -jar "$JAR" run --date "$DATE" --inbox inbox --out out \
  > run.log 2>&1 &
pid=$!
until grep -q 'FAULT POINT REACHED' run.log; do
  kill -0 "$pid" 2>/dev/null || { echo "the run ended before its loads did:" >&2; tail -5 run.log >&2; exit 1; }
  sleep 1
done
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
grep -E "step (load|classify)" run.log | sed 's/^/  /' || true

PORT=$(sed -n 4p var/pgdata/postmaster.pid)
PSQL="env PGOPTIONS=-cclient_min_messages=warning psql -X -q -h localhost -p $PORT -U postgres -d postgres -v ON_ERROR_STOP=1"
for t in orders manifest pickups; do
  cols=$($PSQL -A -t -c "SELECT string_agg(column_name, ', ' ORDER BY ordinal_position)
                         FROM information_schema.columns WHERE table_name = 'stg_$t'")
  $PSQL -c "\\copy (SELECT $cols FROM stg_$t) TO 'stg_$t.bin' WITH (FORMAT binary)"
  $PSQL -c "DROP TABLE IF EXISTS x_$t; CREATE TABLE x_$t (LIKE stg_$t)"
done
baseline_tables
printf '  input files: %s MB; the staged rows in binary COPY format: %s MB\n' \
  "$(du -cm inbox/*_"$COMPACT".csv | tail -1 | cut -f1)" "$(du -cm stg_*.bin | tail -1 | cut -f1)"

now() { date +%s.%N; }
for round in $(seq 1 "$ROUNDS"); do
  $PSQL -c "TRUNCATE x_orders, x_manifest, x_pickups, b_orders, b_manifest, b_pickups; CHECKPOINT"
  t0=$(now)
  baseline_copy "$COMPACT"
  t1=$(now)
  for t in orders manifest pickups; do $PSQL -c "\\copy x_$t FROM 'stg_$t.bin' WITH (FORMAT binary)"; done
  t2=$(now)
  $PSQL -c "TRUNCATE x_orders, x_manifest, x_pickups; CHECKPOINT"
  t3=$(now)
  for t in orders manifest pickups; do $PSQL -c "\\copy x_$t FROM 'stg_$t.bin' WITH (FORMAT binary)" & done
  wait
  t4=$(now)
  awk -v r="$round" -v b="$(echo "$t1 - $t0" | bc)" -v s="$(echo "$t2 - $t1" | bc)" -v p="$(echo "$t4 - $t3" | bc)" \
    'BEGIN { printf "round %d: baseline %.2f s; staged rows one after another %.2f s (ratio %.2f), side by side %.2f s (ratio %.2f)\n", r, b, s, b / s, p, b / p }'
done
