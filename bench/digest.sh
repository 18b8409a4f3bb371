#!/usr/bin/env bash
# Digest bench (issue 24): a consultation with 3,000 new comments (bench/generate.sql, the 'seed' size) and
# 10,000 confirmed followers with pending notifications about them (bench/digest.sql), mailed by one daily
# digest run to a local SMTP sink (bench/smtp_sink.py: counts and drops). Prints the run's time, the mails
# and bytes the sink took, and the JVM's peak RSS (VmHWM) — with bin/parley's bounded-memory options
# (-Xmx112m), so a run that held every recipient in memory would fail rather than just be slow.
# Parley is started twice on the same embedded database: once to create the schema (then the data is
# generated), then again with the daily digest scheduled for every minute
# (--parley.notifications.daily-digest, the property of the production cron): the first tick after the
# start runs it; nothing else triggers it. The peak RSS is the second JVM's: its start and the run.
# Loopback only; stops everything it started. Usage: bench/digest.sh
# Environment: DIGEST_FOLLOWERS (10000), DIGEST_PER_FOLLOWER (notifications in each digest, 10),
# BENCH_APP_PORT / BENCH_DB_PORT / BENCH_SMTP_PORT (18491 / 18492 / 18493), BENCH_SKIP_BUILD=1,
# BENCH_JAVA_OPTS (JVM options instead of bin/parley's), BENCH_JAVA_HOME (the Java that runs Parley).
set -euo pipefail

followers=${DIGEST_FOLLOWERS:-10000}
per_follower=${DIGEST_PER_FOLLOWER:-10}
app_port=${BENCH_APP_PORT:-18491}
db_port=${BENCH_DB_PORT:-18492}
smtp_port=${BENCH_SMTP_PORT:-18493}
if [ -n "${BENCH_JAVA_OPTS:-}" ]; then export PARLEY_JAVA_OPTS=$BENCH_JAVA_OPTS; else unset PARLEY_JAVA_OPTS; fi
export MALLOC_ARENA_MAX=2
app=http://127.0.0.1:$app_port

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
parley_java_home=${BENCH_JAVA_HOME:-$(newest_java_home)}
command -v psql >/dev/null || install_missing postgresql-client

work=$(mktemp -d /tmp/parley-digest.XXXXXX)
app_pid=; sink_pid=
cleanup() {
    [ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null || true
    stop_parley "$work/postgres"
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

build_jar
python3 bench/smtp_sink.py "$smtp_port" "$work/sink" & sink_pid=$!

# Starts Parley with the given arguments and waits (up to 5 minutes) for its first page; sets app_pid.
start_parley() {
    JAVA_HOME=$parley_java_home PARLEY_CACHE_DIR="$work/jvm" bin/parley \
        --server.address=127.0.0.1 --server.port="$app_port" \
        --parley.database.embedded.data-directory="$work/postgres" \
        --parley.database.embedded.port="$db_port" \
        --spring.mail.host=127.0.0.1 --spring.mail.port="$smtp_port" "$@" >>"$work/app.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 3000); do
        curl -fs -o /dev/null "$app/" && return 0
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "Parley did not start" >&2; tail -50 "$work/app.log" >&2; return 1
}

echo "== starting Parley for its schema (data in $work)" >&2
start_parley --parley.notifications.daily-digest=-
db="postgresql://postgres@localhost:$db_port/postgres"
echo "== generating 3,000 comments, $followers followers, $per_follower notifications each" >&2
psql "$db" -q -v ON_ERROR_STOP=1 -v slug=bench -v paragraphs=300 -v comments=3000 -v proposals=300 \
    -v versions=100 -v accounts=200 -v hot=200 -f bench/generate.sql >&2
psql "$db" -q -v ON_ERROR_STOP=1 -v slug=bench -v followers="$followers" -v per_follower="$per_follower" \
    -f bench/digest.sql >&2
psql "$db" -q -c "CHECKPOINT"
pending=$(psql "$db" -qtA -c "SELECT count(*) FROM notification WHERE mail_state = 'PENDING'")
stop_parley "$work/postgres"

echo "== starting Parley again, the daily digest at every minute's start" >&2
# Started 5 s into a minute, so the scheduler (up well after 10 s) runs the digest at the first minute
# boundary at least 10 s after the start; the run logs "Daily digests sent: N" when it ends.
sleep $(( (65 - $(date +%s) % 60) % 60 ))
launched=$(date +%s)
tick=$(( (launched + 10 + 59) / 60 * 60 ))
start_parley '--parley.notifications.daily-digest=0 * * * * *'
before_run=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")
[ "$(date +%s)" -lt "$tick" ] || echo "(Parley was ready after the run had started: 'RSS before the run' is not)" >&2
echo "== waiting for the run at $(date -u -d "@$tick" +%T)" >&2
until grep -q "Daily digests sent: [1-9]" "$work/app.log"; do
    kill -0 "$app_pid" 2>/dev/null || { tail -50 "$work/app.log" >&2; exit 1; }
    sleep 0.2
done
ended=$(date +%s.%N)
peak=$(awk '/VmHWM/ {print $2}' "/proc/$app_pid/status")
sent=$(grep -o "Daily digests sent: [0-9]*" "$work/app.log" | grep -v ": 0$" | head -1 | grep -o "[0-9]*$")
left=$(psql "$db" -qtA -c "SELECT count(*) FROM notification WHERE mail_state = 'PENDING'")
sleep 1
read -r mails bytes < "$work/sink"

echo
echo "Digest run: $followers followers, $pending pending notifications, 3,000 comments"
echo "JVM: $(tr '\0' ' ' < "/proc/$app_pid/cmdline" | grep -o -- '-Xmx[^ ]*')  Java $(cat "$work"/jvm/*/java-feature 2>/dev/null | head -1)"
printf 'time of the run        %.1f s (started %s, ended %s; %s)\n' "$(echo "$ended - $tick" | bc)" \
    "$(date -u -d "@$tick" +%T)" "$(date -u -d "@${ended%.*}" +%T)" "$(date -u)"
echo "digests sent           $sent (the sink took $mails mails, $((bytes / 1024 / 1024)) MiB); still pending: $left"
echo "RSS before the run     $((before_run / 1024)) MiB"
echo "peak RSS (VmHWM)       $((peak / 1024)) MiB"
