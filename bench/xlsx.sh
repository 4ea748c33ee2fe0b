#!/usr/bin/env bash
# The Excel writer alone: N settlement-like rows (10 columns) into one sheet, timed, with the
# heap capped. Usage: bench/xlsx.sh [ROWS] [HEAP]   (defaults: 1000000 64m)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROWS=${1:-1000000}
HEAP=${2:-64m}
WORK=$(mktemp -d /tmp/pickup-xlsx.XXXXXX)
cd "$ROOT"
mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=compile
mkdir -p "$WORK/tmp"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KB" java -Xmx"$HEAP" -Djava.io.tmpdir="$WORK/tmp" \
  -cp "target/classes:target/test-classes:$(cat "$WORK/cp.txt")" \
  com.pickupsettlement.report.xlsx.XlsxBench "$ROWS" "$WORK/settlement.xlsx"
echo "work folder: $WORK"
