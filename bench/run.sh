#!/usr/bin/env bash
# Benchmark: builds Parley, starts it on a fresh embedded database, loads a consultation of the
# given size (bench/generate.sql), and runs wrk against the reading pages, the Atom feed and
# comment posting, next to the consultation page's HTML served as a static file by nginx.
# Signed-in rows read as a participant (bench-1) or as an organiser of a session (bench-2); the demo
# content is loaded too, for a small page (the fixed cost of a request) and its static copy.
# Loopback only; stops everything it started. Usage: bench/run.sh [seed|large]
# Environment: BENCH_DURATION (seconds per wrk run, default 10), BENCH_WARMUP (seconds of the same load right
# before each row, default 5; the JIT compiler is still busy after that: more gives steadier rows),
# BENCH_CONNECTIONS ("8 32"), BENCH_POST_RATE (posts per second offered in the paced posting row, 600),
# BENCH_APP_PORT / BENCH_DB_PORT / BENCH_STATIC_PORT (18481 / 18482 / 18483),
# BENCH_SKIP_BUILD=1, BENCH_JAVA_OPTS (JVM options instead of bin/parley's bounded-memory defaults),
# BENCH_ONLY (run only the rows whose name contains it, e.g. "posting"; the statements of its last run
# are listed), BENCH_APP_ARGS (more arguments for Parley, e.g. --spring.datasource.hikari.maximum-pool-size=20),
# BENCH_PROFILE (async-profiler's libasyncProfiler.so: each measured row is profiled, CPU time sampled, into
# $BENCH_PROFILE_DIR or bench/profiles/, one collapsed-stacks file per row, for flame graphs),
# BENCH_JAVA_HOME (the Java that runs Parley; default: the newest installed in /usr/lib/jvm, as the Docker
# image runs the newest: Java 25 and later start from an AOT cache, see docs/startup.md).
set -euo pipefail

size=${1:-seed}
case "$size" in
    seed)  paragraphs=300;  comments=3000;  proposals=300;  versions=100; accounts=200 ;;
    large) paragraphs=1000; comments=20000; proposals=2000; versions=400; accounts=1000 ;;
    *) echo "usage: $0 [seed|large]" >&2; exit 2 ;;
esac
duration=${BENCH_DURATION:-10}
warmup=${BENCH_WARMUP:-5}
connections=${BENCH_CONNECTIONS:-8 32}
post_rate=${BENCH_POST_RATE:-600}
app_port=${BENCH_APP_PORT:-18481}
db_port=${BENCH_DB_PORT:-18482}
static_port=${BENCH_STATIC_PORT:-18483}
slug=bench
demo=age-of-digital-interdependence   # the demo's 16-paragraph text, for the fixed cost of a request
# The JVM options are bin/parley's, as in production (bounded memory), unless BENCH_JAVA_OPTS replaces them;
# the table's header lists the ones the JVM ran with.
if [ -n "${BENCH_JAVA_OPTS:-}" ]; then export PARLEY_JAVA_OPTS=$BENCH_JAVA_OPTS; else unset PARLEY_JAVA_OPTS; fi
export MALLOC_ARENA_MAX=2
app=http://127.0.0.1:$app_port
static=http://127.0.0.1:$static_port

cd "$(dirname "$0")/.."
root=$(pwd)

# shellcheck source=bench/lib.sh
. bench/lib.sh
parley_java_home=${BENCH_JAVA_HOME:-$(newest_java_home)}
parley_java=${parley_java_home:+$parley_java_home/bin/}java

# The tools, from Debian, when missing (the bench only; tests and CI never need them).
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v psql >/dev/null || missing+=(postgresql-client)
install_missing "${missing[@]}"
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d /tmp/parley-bench.XXXXXX)
app_pid=; nginx_pid=
cleanup() {
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
    stop_parley "$work/postgres"
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

build_jar

# Starts Parley and waits (up to 5 minutes) for its first page; sets app_pid, prints the seconds it took.
start_parley() {
    local started; started=$(date +%s.%N)
    # pg_stat_statements counts the SQL statements each run makes (utility commands such as BEGIN not counted).
    # Through bin/parley, as in production: the first start trains the JVM's class cache (in $work/jvm), later ones use it.
    JAVA_HOME=$parley_java_home PARLEY_CACHE_DIR="$work/jvm" bin/parley \
        --server.address=127.0.0.1 --server.port="$app_port" \
        --parley.demo.enabled=true \
        --parley.database.embedded.data-directory="$work/postgres" \
        --parley.database.embedded.port="$db_port" \
        '--parley.database.embedded.server-config[shared_preload_libraries]=pg_stat_statements' \
        '--parley.database.embedded.server-config[pg_stat_statements.track_utility]=off' \
        --parley.discussion.minimum-fill-time=0s \
        --parley.discussion.comments-per-minute=1000000 \
        --parley.discussion.comments-per-hour=1000000 \
        --parley.discussion.address-limit.per-minute=1000000 \
        --parley.discussion.address-limit.per-hour=1000000 \
        ${BENCH_APP_ARGS:-} >>"$work/app.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 3000); do
        curl -fs -o /dev/null "$app/" && break
        kill -0 "$app_pid" 2>/dev/null || { tail -50 "$work/app.log" >&2; return 1; }
        sleep 0.1
    done
    curl -fs -o /dev/null "$app/" || { echo "Parley did not start" >&2; tail -50 "$work/app.log" >&2; return 1; }
    echo "$(date +%s.%N) - $started" | bc
}

echo "== starting Parley (data in $work)" >&2
start_parley > "$work/startup" || exit 1
startup=$(cat "$work/startup")

echo "== generating the '$size' consultation" >&2
db="postgresql://postgres@localhost:$db_port/postgres"
gen_started=$(date +%s.%N)
psql "$db" -q -v ON_ERROR_STOP=1 -v slug="$slug" -v paragraphs=$paragraphs -v comments=$comments \
    -v proposals=$proposals -v versions=$versions -v accounts=$accounts -v hot=200 \
    -f bench/generate.sql >&2
generated=$(echo "$(date +%s.%N) - $gen_started" | bc)
# As a database that has been running a while: statistics gathered, the bulk load written out,
# so that its checkpoint does not compete with the runs for the disk.
psql "$db" -q -c "VACUUM ANALYZE" -c "CHECKPOINT"
count_comments() { psql "$db" -qtA -c "SELECT count(*) FROM comment"; }
psql "$db" -q -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
reset_statements() { psql "$db" -qtA -c "SELECT pg_stat_statements_reset()" >/dev/null; }
count_statements() {
    psql "$db" -qtA -c "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' AND query NOT LIKE 'SELECT count(*) FROM comment%'"
}
# CPU time (clock ticks) of a process and its children: Parley with its PostgreSQL, or nginx.
cpu_ticks() { # root pids
    { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v roots=" $* " '{
            pid = $1; line = $0; sub(/^[0-9]+ \(.*\) /, "", line); split(line, f, " ")
            if (index(roots, " " pid " ") || index(roots, " " f[2] " ")) sum += f[12] + f[13]
        } END { print sum + 0 }'
}
postmaster=$(head -1 "$work/postgres/postmaster.pid")

# Signs in as the account given (password from generate.sql) with a cookie jar; prints the session cookie.
sign_in() { # email jar
    local csrf; csrf=$(curl -fs -c "$2" -b "$2" "$app/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -fs -o /dev/null -c "$2" -b "$2" --data-urlencode "_csrf=$csrf" \
        --data-urlencode "email=$1" --data-urlencode "password=parley-bench-2026" "$app/login"
    awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$2"
}
# The participant who posts (bench-1, organises nothing) and an organiser of the first session (bench-2).
jar=$work/cookies
participant=$(sign_in bench-1@parley.example "$jar")
organiser=$(sign_in bench-2@parley.example "$work/organiser-cookies")
# The comment form's CSRF token and signed shownAt, as the participant gets them.
curl -fs -c "$jar" -b "$jar" "$app/c/$slug/p/p-3" > "$work/form.html"
csrf=$(grep -o 'name="_csrf" value="[^"]*"' "$work/form.html" | head -1 | sed 's/.*value="//; s/"$//')
shown_at=$(grep -o 'name="shownAt" value="[^"]*"' "$work/form.html" | head -1 | sed 's/.*value="//; s/"$//')
# The new-wording box comes filled with the paragraph, and a browser sends it back unchanged with every comment.
proposed_text=$(perl -0ne 'if (/name="proposedText"[^>]*>(.*?)<\/textarea>/s) { $_ = $1; s/&lt;/</g; s/&gt;/>/g;
    s/&quot;/"/g; s/&#39;/\x27/g; s/&#(\d+);/chr($1)/ge; s/&amp;/&/g; print }' "$work/form.html")
[ -n "$csrf" ] && [ -n "$shown_at" ] && [ -n "$participant" ] && [ -n "$organiser" ] && [ -n "$proposed_text" ] || { echo "could not sign in / read the comment form" >&2; exit 1; }
curl -fs -b "$work/organiser-cookies" "$app/c/$slug" > "$work/organiser.html"   # not piped: grep -q would cut curl short
grep -q 'href="/sessions"' "$work/organiser.html" || { echo "bench-2 is not shown as an organiser" >&2; exit 1; }

# The ceiling: the consultation page's HTML as a static file from nginx.
mkdir -p "$work/static" "$work/nginx"
curl -fs "$app/c/$slug" > "$work/static/consultation.html"
curl -fs "$app/c/$demo" > "$work/static/demo.html"
for page in consultation demo; do
    gzip -6 -k "$work/static/$page.html"   # served as browsers get it: precompressed, like Parley's page cache
    chmod a+r "$work/static/$page.html" "$work/static/$page.html.gz"
done
chmod a+rx "$work" "$work/static"   # nginx's workers run as nobody
cat > "$work/nginx/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
    default_type text/html;
    sendfile on; tcp_nopush on; keepalive_requests 1000000; gzip_static on; gzip_vary on;
    server { listen 127.0.0.1:$static_port; root $work/static; }
}
CONF
"$nginx_bin" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" 2>/dev/null &
nginx_pid=$!
for _ in $(seq 20); do curl -fs -o /dev/null "$static/consultation.html" && break; sleep 0.25; done
curl -fs -o /dev/null "$static/consultation.html" || { echo "nginx does not serve the page" >&2; cat "$work/nginx/error.log" >&2; exit 1; }

# name|address|who reads (a cookie: signed in)|HX-Target (asked for as htmx asks for a thread in place)|plain (no gzip asked)
targets=(
    "home|$app/"
    "consultation page|$app/c/$slug"
    "consultation page, signed in|$app/c/$slug|$participant"
    "consultation page, organiser|$app/c/$slug|$organiser"
    "consultation page, ?open=p-4|$app/c/$slug?open=p-4"
    "consultation page, ?open=p-4, signed in|$app/c/$slug?open=p-4|$participant"
    "paragraph, 200-comment thread|$app/c/$slug/p/p-1"
    "paragraph, 200-comment thread, signed in|$app/c/$slug/p/p-1|$participant"
    "thread in place (htmx)|$app/c/$slug/p/p-4||thread-p-4"
    "thread in place (htmx), 200 comments, signed in|$app/c/$slug/p/p-1|$participant|thread-p-1"
    "history, 5 versions|$app/c/$slug/p/p-2/history"
    "Atom feed|$app/c/$slug/comments.atom"
    "all comments|$app/c/$slug/comments"
    "insights|$app/c/$slug/insights"
    "insights, organiser|$app/c/$slug/insights|$organiser"
    "insights CSV, strip along the text|$app/c/$slug/insights/strip.csv|$organiser"
    "demo page (16 paragraphs)|$app/c/$demo"
    "demo page (16 paragraphs), signed in|$app/c/$demo|$participant"
    "static demo page (nginx)|$static/demo.html"
    "demo page (16 paragraphs), no gzip|$app/c/$demo|||plain"
    "static demo page (nginx), no gzip|$static/demo.html|||plain"
    "static consultation page (nginx)|$static/consultation.html"
)

# Search (decision 29), after "all comments". generate.sql draws every word from one vocabulary of ~270: "cooperation"
# is in it twice (in ~40% of the comments), any other word once (~20%), so a rare find is three words that must all
# be there (~1%); "unicorn" is in nothing (the cost of finding nothing).
search_targets=(
    "search, common word|$app/c/$slug/search?q=cooperation"
    "search, common word, signed in|$app/c/$slug/search?q=cooperation|$participant"
    "search, common word, page 5|$app/c/$slug/search?q=cooperation&page=5"
    "search, rare (three words)|$app/c/$slug/search?q=annex+broadband+children"
    "search, no match|$app/c/$slug/search?q=unicorn"
    "search, phrase|$app/c/$slug/search?q=%22digital+cooperation%22"
    "search, or and -word|$app/c/$slug/search?q=broadband+or+connectivity+-rural"
    "search, filters (proposals, civil society)|$app/c/$slug/search?q=cooperation&kind=PROPOSAL&group=CIVIL_SOCIETY"
    "search, filters (session, status)|$app/c/$slug/search?q=privacy&session=$(psql "$db" -tAc "SELECT s.id FROM session s JOIN consultation c ON c.id = s.consultation_id WHERE c.slug = '$slug' AND s.code = 'S1'")&status=OPEN"
    "search as you type (htmx)|$app/c/$slug/search?q=cooperat||search-results"
    "search, all consultations|$app/search?q=cooperation"
)
targets=("${targets[@]:0:13}" "${search_targets[@]}" "${targets[@]:13}")

export BENCH_COOKIE="$participant" BENCH_CSRF="$csrf" BENCH_SHOWN_AT="$shown_at" BENCH_POST_PATH="/c/$slug/p/p-3/comments" \
    BENCH_PROPOSED_TEXT="$proposed_text"

declare -A rps
rows=()
run() { # name url connections [script [cookie [HX-Target [plain]]]]
    export WRK_COOKIE=${5:-} WRK_HX_TARGET=${6:-} WRK_PLAIN=0
    [ "${7:-}" = plain ] && WRK_PLAIN=1
    local static_row=0; [[ $2 == "$static"* ]] && static_row=1
    # Warmed up right before it is measured: the JIT compiles what runs now, and code compiled for an
    # earlier row may have been dropped from the code cache since. Posts made here count in the tally.
    BENCH_NONCE=$(( ${BENCH_NONCE:-0} + 500 )) wrk -t2 -c"$3" -d"${warmup}s" -s "${4:-bench/report.lua}" "$2" \
        | { grep '^POSTED' || echo "POSTED 0"; } | awk '{ print $2 }' > "$work/posted"
    posted_total=$((posted_total + $(cat "$work/posted")))
    reset_statements
    local ticks app_ticks db_ticks
    ticks=$(cpu_ticks "$nginx_pid"); app_ticks=$(awk '{ print $14 + $15 }' "/proc/$app_pid/stat"); db_ticks=$(cpu_ticks "$postmaster")
    [ -n "${BENCH_PROFILE:-}" ] && [ $static_row = 0 ] && profile start
    local out; out=$(wrk -t2 -c"$3" -d"${duration}s" --timeout 10s -s "${4:-bench/report.lua}" "$2")
    [ -n "${BENCH_PROFILE:-}" ] && [ $static_row = 0 ] && profile "stop,file=$profiles/$(tr -c 'a-zA-Z0-9\n' - <<<"$1")-$3.collapsed"
    ticks=$(( $(cpu_ticks "$nginx_pid") - ticks ))
    app_ticks=$(( $(awk '{ print $14 + $15 }' "/proc/$app_pid/stat") - app_ticks ))
    db_ticks=$(( $(cpu_ticks "$postmaster") - db_ticks ))
    local statements; statements=$(count_statements)
    local line; line=$(grep '^RESULT' <<<"$out")
    read -r _ r p50 p99 bytes n errors <<<"$line"
    local cpu sql=-
    per_request() { echo "scale=2; $1 * 1000 / $(getconf CLK_TCK) / $n" | bc; }
    cpu=-
    if [ "$n" -gt 0 ]; then
        if [ $static_row = 1 ]; then cpu=$(per_request "$ticks")
        else cpu="$(per_request $((app_ticks + db_ticks))) ($(per_request "$app_ticks") + $(per_request "$db_ticks"))"; fi
    fi
    [[ $2 == "$static"* || $n -eq 0 ]] || sql=$(echo "scale=1; $statements / $n" | bc)
    rps["$1|$3"]=$r
    rows+=("$1|$3|$r|$p50|$p99|$bytes|$n|$errors|$sql|$cpu")
    echo "   $r req/s, p50 $p50 ms, p99 $p99 ms, $bytes bytes, $errors errors, $sql SQL/req, $cpu CPU ms/req" >&2
    grep '^POSTED' <<<"$out" | awk '{print $2}' > "$work/posted" || true
}
# async-profiler, loaded into the running JVM and told what to do (CPU time of every thread, 1 ms apart).
profiles=${BENCH_PROFILE_DIR:-$root/bench/profiles}
[ -n "${BENCH_PROFILE:-}" ] && mkdir -p "$profiles"
profile() { # start | stop,file=…
    local options=$1; [ "$1" = start ] && options="start,event=itimer,interval=1ms"
    # Quoted again for jcmd, which would split the options at their commas and equals signs.
    "${parley_java_home:+$parley_java_home/bin/}jcmd" "$app_pid" JVMTI.agent_load "$BENCH_PROFILE" "\"$options\"" > "$work/jcmd.out"
    grep -q 'return code: 0' "$work/jcmd.out" || { echo "async-profiler: $(cat "$work/jcmd.out")" >&2; return 1; }
}
posted_total=0
before=$(count_comments)
for c in $connections; do
    for t in "${targets[@]}"; do
        [[ ${t%%|*} == *"${BENCH_ONLY:-}"* ]] || continue
        echo "== ${t%%|*}, $c connections" >&2
        IFS='|' read -r name url who hx plain <<<"$t"
        run "$name" "$url" "$c" bench/report.lua "$who" "$hx" "$plain"
    done
    [[ "comment posting" == *"${BENCH_ONLY:-}"* ]] || continue
    echo "== comment posting, $c connections" >&2
    BENCH_NONCE=$((c + 1000)) run "comment posting" "$app" "$c" bench/post.lua
    posted_total=$((posted_total + $(cat "$work/posted")))
done
# The rows above keep every connection's next post waiting on its last: at 32 connections the latency is
# the queue's (32 posts in flight at 900/s wait 36 ms on average, Little's law). This one offers posts at a
# steady rate over 32 connections, as many participants posting at once would: the latency of that load.
if [[ "comment posting" == *"${BENCH_ONLY:-}"* ]]; then
    echo "== comment posting, ${post_rate}/s offered, 32 connections" >&2
    BENCH_RATE=$post_rate BENCH_RATE_CONNECTIONS=32 BENCH_NONCE=2032 run "comment posting, ${post_rate}/s offered" "$app" 32 bench/post.lua
    posted_total=$((posted_total + $(cat "$work/posted")))
fi
if [ -n "${BENCH_ONLY:-}" ]; then
    psql "$db" -c "SELECT calls, round(total_exec_time::numeric, 1) AS ms, left(regexp_replace(query, '\s+', ' ', 'g'), 150) AS query FROM pg_stat_statements ORDER BY calls DESC LIMIT 25" >&2
fi
sleep 1
after=$(count_comments)
hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$app_pid/status")
# The options between the java command and -jar, the class cache's path shortened.
jvm_options=$(tr '\0' ' ' < "/proc/$app_pid/cmdline" | sed 's/^[^ ]* //; s/ -jar .*//; s|\(-XX:AOTCache=\)[^ ]*|\1…|; s|\(-XX:SharedArchiveFile=\)[^ ]*|\1…|')

# Start-up as in production: the database exists already (here its start is included). Not in the wake of
# the runs: the posts vacuumed and written out first, or autovacuum starts on them alongside Parley.
echo "== restarting Parley on the existing database" >&2
psql "$db" -q -c "VACUUM ANALYZE" -c "CHECKPOINT"
kill "$app_pid"
for _ in $(seq 300); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
restart=failed
start_parley > "$work/startup" && restart=$(printf %.1f "$(cat "$work/startup")")

commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src/main pom.xml || echo "+local changes")
echo
echo "Parley bench, size '$size' ($paragraphs paragraphs, $comments comments, $proposals proposals), $(date -u +%Y-%m-%dT%H:%MZ), commit $commit"
echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $("$parley_java" -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk ${duration}s per row, 2 threads, from 127.0.0.1, Accept-Encoding: gzip as browsers send it; JVM: $jvm_options"
echo "SQL/req: statements PostgreSQL ran per request (pg_stat_statements); CPU ms/req: Parley + its PostgreSQL (in brackets: the JVM, then PostgreSQL's processes; nginx for the static row)"
echo
echo "| target | conns | req/s | p50 ms | p99 ms | bytes/resp | requests | errors | SQL/req | CPU ms/req | vs static |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for row in "${rows[@]}"; do
    IFS='|' read -r name c r p50 p99 bytes n errors sql cpu <<<"$row"
    static_rps=${rps["static consultation page (nginx)|$c"]:-0}
    [[ $name == *"demo page"* ]] && static_rps=${rps["static demo page (nginx)|$c"]:-0}
    [[ $name == *"demo page"*"no gzip" ]] && static_rps=${rps["static demo page (nginx), no gzip|$c"]:-0}
    ratio=-; [ "$static_rps" != 0 ] && ratio=$(echo "scale=2; $r * 100 / $static_rps" | bc)
    echo "| $name | $c | $r | $p50 | $p99 | $bytes | $n | $errors | $sql | $cpu | $ratio% |"
done
echo
echo "Comments posted (302 answers): $posted_total; rows added: $((after - before)) (posts in flight when wrk stops are added too); lost: $((posted_total > after - before ? posted_total - (after - before) : 0))"
echo "Peak RSS of the application (VmHWM, JVM only, not the embedded PostgreSQL): $((hwm / 1024)) MB"
grep -o "Started ParleyApplication in [0-9.]* seconds (process running for [0-9.]*)" "$work/app.log" | sed 's/^/Spring: /' || true
echo "Start-up to first page: first start ${startup%.*} s (includes initdb of the embedded PostgreSQL and bin/parley's one-time training run), restart on the existing database $restart s (PostgreSQL starts alongside); data generation: ${generated%.*} s"
