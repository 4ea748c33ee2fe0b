#!/usr/bin/env bash
# Cron entry point for the partners' monthly statement (rulebook 10): writes the statement of the
# previous month (Europe/Moscow) to out/statements/YYYY-MM/ and passes the exit code through
# (0 written, 6 a date of the month is not closed yet: the night of the month's last date has not
# completed; fix that night, then run this again). Run it after the night of the 1st has ended.
#
#   jobs/monthly.sh [--month YYYY-MM] [--out DIR]
#
# Environment: PICKUP_HOME, PICKUP_JAR, PICKUP_LOG_DIR, JAVA_OPTS as for jobs/nightly.sh.
set -u
SCRIPTS=$(cd "$(dirname "$0")" && pwd)
HOME_DIR=${PICKUP_HOME:-$(cd "$(dirname "$0")/.." && pwd)}
LOG_DIR=${PICKUP_LOG_DIR:-$HOME_DIR/var/log}
mkdir -p "$LOG_DIR"
MONTH=$(TZ=Europe/Moscow date -d "$(TZ=Europe/Moscow date +%Y-%m-01) -1 day" +%Y-%m)
case "${1:-}" in --month) MONTH=$2; shift 2 ;; esac
LOG="$LOG_DIR/statement-$MONTH.log"
cd "$HOME_DIR" || exit 2
echo "$(date -Is) statement --month $MONTH" >> "$LOG"
PICKUP_HOME="$HOME_DIR" "$SCRIPTS/pickup.sh" statement --month "$MONTH" "$@" >> "$LOG" 2>&1
rc=$?
echo "$(date -Is) exit $rc" >> "$LOG"
exit "$rc"
