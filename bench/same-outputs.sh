#!/usr/bin/env bash
# Do two builds publish the same bytes? bench/same-outputs.sh OLD.jar NEW.jar [nights] [orders_per_day]
#   generates `nights` consecutive days (default 20, 3,000 orders a day, seed 7, anomalies on), runs
#   them all with each jar (`catch-up`, each jar on a database of its own, one after the other), and
#   compares every published file byte for byte (`diff -r` of the two output folders). Exit 0 when
#   identical, 1 with the differing files listed. The check a change that must not move a byte
#   (a refactor, a faster plan) is held to, beside ConformanceIT and IncrementalScopeTest.
set -euo pipefail
OLD=$(realpath "$1") NEW=$(realpath "$2")
NIGHTS=${3:-20}
ORDERS=${4:-3000}
FROM=2026-11-02
LAST=$(date -d "$FROM + $((NIGHTS - 1)) day" +%F)
WORK=${BENCH_WORK:-$(mktemp -d /tmp/pickup-same.XXXXXX)}
mkdir -p "$WORK" && cd "$WORK"
echo "work folder: $WORK; $NIGHTS nights of $ORDERS orders, $FROM to $LAST"
[ -d inbox ] || java -jar "$OLD" generate --inbox inbox --from "$FROM" --days "$NIGHTS" --orders "$ORDERS" --seed 7 > generate.log
for side in old new; do
  jar=$OLD; [ "$side" = new ] && jar=$NEW
  rm -rf "$side" && mkdir "$side"
  # Each side in a folder of its own, so each has its own embedded database (./var/pgdata).
  (cd "$side" && java -jar "$jar" catch-up --inbox ../inbox --out out --to "$LAST" > catch-up.log 2>&1) \
    || { echo "$side: catch-up failed"; tail -5 "$side/catch-up.log"; exit 2; }
  echo "$side: $(find "$side/out" -type f | wc -l) files published"
done
if diff -r old/out new/out > diff.txt; then
  echo "identical: every published file of the $NIGHTS nights"
else
  echo "DIFFERENT:"; grep -E '^(Only in|Files|diff)' diff.txt | head -20; exit 1
fi
