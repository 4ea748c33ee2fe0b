#!/usr/bin/env bash
# Does a night's cost grow with history? bench/growth.sh [orders_per_day] [nights]
#   generates `nights` consecutive days with the project's generator (anomalies on), runs them
#   in order on one fresh embedded PostgreSQL (or SPRING_DATASOURCE_URL), kept running between
#   nights, and prints each night's wall time (JVM start to exit, through jobs/pickup.sh) and
#   stage times, then night N / night 2.
# Needs: the packaged jar (mvn -DskipTests package), psql (apt-get install postgresql-client).
set -euo pipefail
ORDERS=${1:-100000}
NIGHTS=${2:-30}
FROM=${3:-2026-11-02}
HEAP=${BENCH_HEAP:--Xmx1g}
. "$(dirname "$0")/lib.sh"
bench_setup growth
[ -d inbox ] || java -jar "$JAR" generate --inbox inbox --from "$FROM" --days "$NIGHTS" --orders "$ORDERS" --seed 42 > generate.log

export SETTLEMENT_EMBEDDED_KEEPRUNNING=true
# Nights start as cron starts them (jobs/pickup.sh); the first start, untimed, makes the
# class-data archive and the database.
export JAVA_OPTS="$HEAP"
PICKUP="env PICKUP_HOME=$WORK PICKUP_JAR=$JAR $ROOT/jobs/pickup.sh"
$PICKUP status > first-start.log 2>&1 || { cat first-start.log; exit 1; }
trap '[ -f var/pgdata/postmaster.pid ] && kill "$(head -1 var/pgdata/postmaster.pid)" 2>/dev/null || true' EXIT
# load: first load start to last load end; classify: what the last classification took after it.
printf '%-6s %-10s %8s %8s %8s %8s %8s %8s %8s %8s\n' night date rows wall load classify merge reconcile settle publish
for n in $(seq 1 "$NIGHTS"); do
  d=$(date -d "$FROM + $((n - 1)) day" +%F)
  t0=$(date +%s.%N)
  $PICKUP run --date "$d" --inbox inbox --out out > "run-$d.log" 2>&1 || { tail -5 "run-$d.log"; exit 1; }
  t1=$(date +%s.%N)
  PORT=$(sed -n 4p var/pgdata/postmaster.pid)
  # Wall time of each stage: the steps of a stage run side by side, so from the first start to
  # the last end (staging = the three loads and classifications; merge = reject ratio + merges).
  steps=$(psql -X -A -t -F ' ' -h localhost -p "$PORT" -U postgres -d postgres -c "
    SELECT round(extract(epoch FROM max(end_time) FILTER (WHERE step_name LIKE 'load%')
                                  - min(start_time) FILTER (WHERE step_name LIKE 'load%'))::numeric, 1),
           round(extract(epoch FROM max(end_time) FILTER (WHERE step_name LIKE 'classify%')
                                  - max(end_time) FILTER (WHERE step_name LIKE 'load%'))::numeric, 1),
           round(extract(epoch FROM max(end_time) FILTER (WHERE step_name LIKE 'merge%')
                                  - min(start_time) FILTER (WHERE step_name = 'checkRejectRatio'))::numeric, 1),
           round(extract(epoch FROM max(end_time - start_time) FILTER (WHERE step_name = 'reconcile'))::numeric, 1),
           round(extract(epoch FROM max(end_time - start_time) FILTER (WHERE step_name = 'settle'))::numeric, 1),
           round(extract(epoch FROM max(end_time - start_time) FILTER (WHERE step_name = 'publish'))::numeric, 1)
    FROM batch_step_execution
    WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)")
  wall=$(echo "$t1 - $t0" | bc)
  # The night's own volume: the generator's parcels take days to reach the centre, so the first
  # nights carry far fewer pickup events than later ones.
  rows=$(cat inbox/*_"${d//-/}".csv | wc -l)
  printf '%-6s %-10s %8s %8.1f %8s %8s %8s %8s %8s %8s\n' "$n" "$d" "$rows" "$wall" $steps | tee -a nights.txt
done
awk 'NR == 2 {two = $4; tworows = $3} END {printf "night %d / night 2 (wall): %.2f; per input row: %.2f\n", $1, $4 / two, ($4 / $3) / (two / tworows)}' nights.txt
