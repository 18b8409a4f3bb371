#!/usr/bin/env bash
# Benchmark of import and re-import: builds Parley, starts it on a fresh embedded database,
# generates a Markdown document of N paragraphs (default 3,000) and a revision of it (edited,
# moved, split, merged, added and removed paragraphs), then times, through the admin pages as a
# browser would post them: the import, the re-import report (the matching) and its confirmation.
# One comment quoting each paragraph is added before the re-import, so the quotes are re-placed too.
# Loopback only; stops everything it started. Usage: bench/import.sh [paragraphs]
# Environment: BENCH_IMPORT_APP_PORT / BENCH_IMPORT_DB_PORT (18491 / 18492), BENCH_SKIP_BUILD=1,
# BENCH_JAVA_OPTS (e.g. a flight recording).
set -euo pipefail

paragraphs=${1:-3000}
app_port=${BENCH_IMPORT_APP_PORT:-18491}
db_port=${BENCH_IMPORT_DB_PORT:-18492}
slug=bench-import
app=http://127.0.0.1:$app_port
admin_email=bench-admin@parley.example
admin_password=parley-bench-2026

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh

missing=()
command -v psql >/dev/null || missing+=(postgresql-client)
command -v python3 >/dev/null || missing+=(python3)
install_missing "${missing[@]}"

work=$(mktemp -d /tmp/parley-bench-import.XXXXXX)
app_pid=
cleanup() {
    stop_parley "$work/postgres"
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

build_jar

echo "== generating $paragraphs paragraphs and their revision" >&2
python3 - "$paragraphs" "$work" <<'PY'
import random, sys
n, work = int(sys.argv[1]), sys.argv[2]
rng = random.Random(2026)
common = ("the digital cooperation should include all stakeholders and governments must support open "
          "standards for people in every region with data skills trust security inclusion").split()
def paragraph(i):
    words = [f"term{i * 7 + w:x}" if w % 6 == 0 else rng.choice(common) for w in range(rng.randint(25, 60))]
    return " ".join(words).capitalize() + "."
sections = [(f"{s + 1}. Section {s + 1} on topic {s * 13:x}", []) for s in range(max(1, n // 50))]
for i in range(n):
    sections[i * len(sections) // n][1].append(paragraph(i))
def write(name, secs):
    with open(f"{work}/{name}", "w") as out:
        for title, paras in secs:
            out.write(f"## {title}\n\n")
            for p in paras:
                out.write(p + "\n\n")
write("original.md", sections)
revised = []
for title, paras in sections:
    new = []
    for p in paras:
        roll = rng.random()
        words = p.split()
        if roll < 0.10:                                  # edited
            words[len(words) // 2] = "revised"
            new.append(" ".join(words + ["with", "an", "added", "clause."]))
        elif roll < 0.12:                                # removed
            continue
        elif roll < 0.13 and len(words) > 30:            # split
            new.append(" ".join(words[:len(words) // 2]) + ".")
            new.append(" ".join(words[len(words) // 2:]).capitalize())
        elif roll < 0.14 and new:                        # merged with the one before
            new[-1] = new[-1] + " " + p
        else:
            new.append(p)
        if rng.random() < 0.02:                          # added
            new.append(paragraph(n + rng.randint(0, 10 ** 6)))
    revised.append((title, new))
for _ in range(max(1, n // 100)):                        # moved
    a, b = rng.randrange(len(revised)), rng.randrange(len(revised))
    if revised[a][1]:
        revised[b][1].insert(rng.randint(0, len(revised[b][1])), revised[a][1].pop(rng.randrange(len(revised[a][1]))))
write("revision.md", revised)
PY

echo "== starting Parley (data in $work)" >&2
# shellcheck disable=SC2086
java -XX:MaxRAMPercentage=75 ${BENCH_JAVA_OPTS:-} -jar target/parley.jar \
    --server.address=127.0.0.1 --server.port="$app_port" \
    --parley.demo.enabled=false \
    --parley.admin.email="$admin_email" --parley.admin.password="$admin_password" \
    --parley.database.embedded.data-directory="$work/postgres" \
    --parley.database.embedded.port="$db_port" \
    >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 240); do
    curl -fs -o /dev/null "$app/" && break
    kill -0 "$app_pid" 2>/dev/null || { tail -50 "$work/app.log" >&2; exit 1; }
    sleep 0.5
done
curl -fs -o /dev/null "$app/" || { echo "Parley did not start" >&2; tail -50 "$work/app.log" >&2; exit 1; }
db="postgresql://postgres@localhost:$db_port/postgres"

jar=$work/cookies
token() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
csrf=$(curl -fs -c "$jar" -b "$jar" "$app/login" | token)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" \
    --data-urlencode "email=$admin_email" --data-urlencode "password=$admin_password" "$app/login"
csrf=$(curl -fs -c "$jar" -b "$jar" "$app/admin/consultations/new" | token)
[ -n "$csrf" ] || { echo "could not sign in as the admin" >&2; exit 1; }
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" --data-urlencode "title=Import benchmark" \
    --data-urlencode "slug=$slug" --data-urlencode "summary=" --data-urlencode "opensAt=2026-11-01T09:00" \
    --data-urlencode "closesAt=2027-11-01T09:00" "$app/admin/consultations"

# The JVM's CPU seconds so far: on a shared machine wall-clock times depend on the others' load, this does not.
ticks=$(getconf CLK_TCK)
cpu() { awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$app_pid/stat"; }

# "wall seconds / JVM CPU seconds" of one request; fails on anything but the expected status
timed() {
    local expected=$1; shift
    local out before
    before=$(cpu)
    out=$(curl -s -o "$work/response.html" -w '%{http_code} %{time_total}' -c "$jar" -b "$jar" "$@")
    [ "${out%% *}" = "$expected" ] || { echo "HTTP ${out%% *}, expected $expected: $*" >&2; tail -30 "$work/app.log" >&2; exit 1; }
    echo "${out#* } | $(echo "$(cpu) - $before" | bc)"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== import" >&2
import_s=$(timed 302 -F "format=MARKDOWN" -F "text=<$work/original.md" "$app/admin/consultations/$slug/import?_csrf=$csrf")
imported=$(psql "$db" -qtA -c "SELECT count(*) FROM paragraph")

echo "== one comment quoting each paragraph" >&2
psql "$db" -q -v ON_ERROR_STOP=1 <<'SQL'
INSERT INTO comment (paragraph_id, version_id, author_id, body, body_html, quote_exact, quote_prefix, quote_suffix,
                     quote_start, quote_end)
SELECT p.id, v.id, a.id, 'About these words.', '<p>About these words.</p>',
       substr(v.text, 1, 40), '', substr(v.text, 41, 32), 0, length(substr(v.text, 1, 40))
FROM paragraph p JOIN paragraph_version v ON v.paragraph_id = p.id AND v.n = p.current_version
CROSS JOIN (SELECT min(id) AS id FROM account) a;
SQL

echo "== re-import report (matching)" >&2
report_s=$(timed 200 -F "format=MARKDOWN" -F "text=<$work/revision.md" -F "corrections=" \
    "$app/admin/consultations/$slug/reimport/report?_csrf=$csrf")
fingerprint=$(grep -o 'name="fingerprint" value="[^"]*"' "$work/response.html" | sed 's/.*value="//; s/"$//')
summary=$(grep -o '<li class="count-[a-z]*">[^<]*' "$work/response.html" | sed 's/<[^>]*>//' | paste -sd ';')

echo "== re-import confirmation" >&2
confirm_s=$(timed 302 -F "format=MARKDOWN" -F "text=<$work/revision.md" -F "corrections=" -F "fingerprint=$fingerprint" \
    "$app/admin/consultations/$slug/reimport?_csrf=$csrf")
detached=$(psql "$db" -qtA -c "SELECT count(*) FROM comment WHERE quote_detached_at IS NOT NULL")
comments=$(psql "$db" -qtA -c "SELECT count(*) FROM comment")

import_ms=$(grep -o 'Imported [0-9]* sections and [0-9]* paragraphs into [^ ]* in [0-9]* ms' "$work/app.log" | grep -o '[0-9]* ms' | tail -1)
report_ms=$(grep -o 'Re-import report for [^:]*: [0-9]* paragraphs against [0-9]* in [0-9]* ms' "$work/app.log" | grep -o '[0-9]* ms' | tail -1)
confirm_ms=$(grep -o "Re-imported $slug: .* in [0-9]* ms" "$work/app.log" | grep -o '[0-9]* ms$' | tail -1)

echo
echo "Import and re-import of $imported paragraphs ($(date -u +%Y-%m-%d), $(git rev-parse --short HEAD), $(nproc) cores)"
echo "Load average before / after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| step | request, wall (s) | JVM CPU (s) | server log |\n|---|---|---|---|\n'
printf '| import | %s | %s |\n' "$import_s" "$import_ms"
printf '| re-import report (matching, diffs, quotes) | %s | %s |\n' "$report_s" "$report_ms"
printf '| re-import confirmation | %s | %s |\n' "$confirm_s" "$confirm_ms"
echo
echo "Report: $summary"
echo "Comments: $comments kept, $detached detached"
