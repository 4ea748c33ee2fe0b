#!/usr/bin/env bash
# Runs a command of the pipeline the way cron does: jobs/pickup.sh <command> [options]
# (jobs/nightly.sh calls it; ops can use it for status, recover, run by hand).
#
# The jar starts faster unpacked, and faster still from a class-data archive (AppCDS) recorded by
# one training start: about 2.5 s from JVM start to a command's end instead of 5.5 (bench/RESULTS.md).
# So the first start of a new jar (or of another java) unpacks it under $PICKUP_HOME/var/app and
# records the archive there with a training start: the context of a `status`, which starts or
# attaches to the database and exits before the command. That takes a few seconds, once. A stale
# or unreadable archive only costs the speed: the JVM then starts without it, saying so on stderr.
# The training start halts without stopping an embedded server it started; the command that follows
# takes the server over and stops it when it ends (see EmbeddedPostgresServer).
#
# Environment: PICKUP_HOME, PICKUP_JAR, JAVA_OPTS as for jobs/nightly.sh;
#   PICKUP_APP_DIR  where the unpacked jar and its archive live (default $PICKUP_HOME/var/app)
set -u
HOME_DIR=${PICKUP_HOME:-$(cd "$(dirname "$0")/.." && pwd)}
JAR=${PICKUP_JAR:-$HOME_DIR/target/pickup-settlement.jar}
APP=${PICKUP_APP_DIR:-$HOME_DIR/var/app}
if [ ! -f "$JAR" ]; then
  echo "jobs/pickup.sh: no jar at $JAR (build it: mvn -B -DskipTests package)" >&2
  exit 2
fi
NAME=$(basename "$JAR")
# One folder per jar and JVM: the archive holds the class path it was made with, so it is made
# where it is used, and a new jar never touches the folder a running night loads classes from.
KEY=$(printf '%s %s' "$(sha256sum < "$JAR" | cut -d' ' -f1)" "$(readlink -f "$(command -v java)")" \
  | sha256sum | cut -c1-16)
DIR="$APP/$KEY"

if [ ! -f "$DIR/ready" ]; then
  mkdir -p "$APP"
  exec 8>"$APP/$KEY.lock"
  flock 8   # one preparation at a time; a second start waits for it, then uses it
  if [ ! -f "$DIR/ready" ]; then
    rm -rf "$DIR"
    if java -Djarmode=tools -jar "$JAR" extract --destination "$DIR" > "$APP/$KEY.log" 2>&1 &&
       java ${JAVA_OPTS:--Xmx1g} -XX:ArchiveClassesAtExit="$DIR/app.jsa" -Dspring.context.exit=onRefresh \
         -Xlog:disable -Xlog:all=error:stderr -jar "$DIR/$NAME" status >> "$APP/$KEY.log" 2>&1 &&
       [ -f "$DIR/app.jsa" ]; then
      touch "$DIR/ready"
      # Folders of jars replaced more than a week ago: no night runs from them any more.
      find "$APP" -mindepth 1 -maxdepth 1 -mtime +7 ! -name "$KEY*" -exec rm -rf {} + 2>/dev/null
    else
      echo "jobs/pickup.sh: could not prepare the fast start (see $APP/$KEY.log); starting the jar as it is" >&2
      exec 8>&-
      exec java ${JAVA_OPTS:--Xmx1g} -jar "$JAR" "$@"
    fi
  fi
  exec 8>&-
fi
# CDS messages go to stderr, never into a command's output (status --format csv).
exec java -XX:SharedArchiveFile="$DIR/app.jsa" -Xlog:disable -Xlog:all=warning:stderr ${JAVA_OPTS:--Xmx1g} \
  -jar "$DIR/$NAME" "$@"
