# Sourced by the bench scripts: what they share.

# bench_setup NAME: sets ROOT, JAR (BENCH_JAR or the packaged jar, built if missing) and WORK
# (BENCH_WORK or a new folder /tmp/pickup-NAME.*), checks for psql, and moves into WORK.
bench_setup() {
  ROOT=$(cd "$(dirname "${BASH_SOURCE[1]}")/.." && pwd)
  JAR=${BENCH_JAR:-$ROOT/target/pickup-settlement.jar}
  WORK=${BENCH_WORK:-$(mktemp -d "/tmp/pickup-$1.XXXXXX")}
  mkdir -p "$WORK"
  [ -f "$JAR" ] || (cd "$ROOT" && mvn -q -B -DskipTests package)
  command -v psql >/dev/null || { echo "psql missing: apt-get install -y postgresql-client" >&2; exit 2; }
  cd "$WORK"
  echo "work folder: $WORK"
}

# The psql baseline: the same three files into unindexed tables with psql \copy, logged like our
# staging (the first measurements in RESULTS.md used unlogged ones). The feeds hold bad rows on
# purpose, which would abort a column-typed COPY, so each record goes into one text column (CSV
# with a quote character that never occurs): the cheapest load there is. Both use $PSQL.
baseline_tables() {
  $PSQL -c "DROP TABLE IF EXISTS b_orders, b_manifest, b_pickups;
    CREATE TABLE b_orders (line text);
    CREATE TABLE b_manifest (line text);
    CREATE TABLE b_pickups (line text);"
}

# baseline_copy YYYYMMDD: the date's three files from ./inbox.
baseline_copy() {
  $PSQL -c "\\copy b_orders FROM 'inbox/orders_$1.csv' WITH (FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02')"
  $PSQL -c "\\copy b_manifest FROM 'inbox/manifest_$1.csv' WITH (FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02', ENCODING 'WIN1251')"
  $PSQL -c "\\copy b_pickups FROM 'inbox/pickups_$1.csv' WITH (FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02')"
}
