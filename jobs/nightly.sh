#!/usr/bin/env bash
# Cron entry point: runs every missing business date up to yesterday (Europe/Moscow) and passes
# the pipeline's exit code through (0 done, 3 input not ready, 4 refused, ... see README).
#
#   jobs/nightly.sh [extra catch-up options, e.g. --inbox DIR --out DIR]
#
# Environment:
#   PICKUP_HOME         project folder (default: this script's parent); the jar and ./var live there
#   PICKUP_JAR          the jar (default: $PICKUP_HOME/target/pickup-settlement.jar)
#   PICKUP_LOG_DIR      where dated logs go (default: $PICKUP_HOME/var/log)
#   PICKUP_RETRIES      how many times to retry while the input is not ready (exit 3), default 0
#   PICKUP_RETRY_SLEEP  seconds between those retries, default 1800
#   JAVA_OPTS           JVM options (default -Xmx1g)
#   PICKUP_APP_DIR      the unpacked jar and its class-data archive (default $PICKUP_HOME/var/app)
#   SETTLEMENT_FEEDS_QUIET_TIME  a feed file changed more recently than this is still being copied
#                       (exit 3, retried like a missing file), default 60s here; 0 by hand
#   SETTLEMENT_FEEDS_DONE_MARKERS  feeds whose sender writes <file>.done last, e.g. orders,pickups
set -u
SCRIPTS=$(cd "$(dirname "$0")" && pwd)
HOME_DIR=${PICKUP_HOME:-$(cd "$(dirname "$0")/.." && pwd)}
JAR=${PICKUP_JAR:-$HOME_DIR/target/pickup-settlement.jar}
LOG_DIR=${PICKUP_LOG_DIR:-$HOME_DIR/var/log}
RETRIES=${PICKUP_RETRIES:-0}
RETRY_SLEEP=${PICKUP_RETRY_SLEEP:-1800}
mkdir -p "$LOG_DIR"
LOG="$LOG_DIR/nightly-$(TZ=Europe/Moscow date +%F).log"
YESTERDAY=$(TZ=Europe/Moscow date -d yesterday +%F)

# One nightly at a time on this machine; the pipeline also takes a PostgreSQL advisory lock.
exec 9>"$LOG_DIR/nightly.lock"
if ! flock -n 9; then
  echo "$(date -Is) another nightly.sh is still running; this one did nothing" >> "$LOG"
  exit 7
fi

cd "$HOME_DIR" || exit 2
# At 00:30 a feed may still be arriving, and orders and pickups have no trailer to show it.
export SETTLEMENT_FEEDS_QUIET_TIME=${SETTLEMENT_FEEDS_QUIET_TIME:-60s}
attempt=0
while true; do
  echo "$(date -Is) catch-up to $YESTERDAY (attempt $((attempt + 1)))" >> "$LOG"
  # pickup.sh starts the jar from its class-data archive (made on the first start of a new jar).
  PICKUP_HOME="$HOME_DIR" PICKUP_JAR="$JAR" "$SCRIPTS/pickup.sh" catch-up --to "$YESTERDAY" "$@" >> "$LOG" 2>&1
  rc=$?
  echo "$(date -Is) exit $rc" >> "$LOG"
  if [ "$rc" -ne 3 ] || [ "$attempt" -ge "$RETRIES" ]; then
    exit "$rc"
  fi
  attempt=$((attempt + 1))
  sleep "$RETRY_SLEEP"
done
