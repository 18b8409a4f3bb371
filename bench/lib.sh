# Shared by the bench scripts (sourced, not run): tools from Debian, the jar, stopping Parley.

# Installs the Debian packages named, when missing (the benches only; tests and CI never need them).
install_missing() {
    [ $# -gt 0 ] || return 0
    local sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "$@"
}

# The newest Java installed in /usr/lib/jvm (by the version in its release file), or nothing: java on the PATH.
newest_java_home() {
    local release
    for release in /usr/lib/jvm/*/release; do
        [ -x "${release%/release}/bin/java" ] || continue
        sed -n 's/^JAVA_VERSION="\(.*\)"/\1 /p' "$release" | tr -d '\n'
        echo "${release%/release}"
    done | sort -V | tail -1 | cut -d' ' -f2
}

build_jar() {
    if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
        echo "== building" >&2
        ./mvnw -q -B -DskipTests package
    fi
}

# Stops the Parley started as $app_pid, whose embedded PostgreSQL keeps its data in $1.
stop_parley() {
    if [ -n "${app_pid:-}" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid"   # Spring closes the embedded PostgreSQL on the way out
        for _ in $(seq 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
        kill -9 "$app_pid" 2>/dev/null || true
        # Killed, the application leaves its PostgreSQL behind, holding the port.
        [ -f "$1/postmaster.pid" ] && kill "$(head -1 "$1/postmaster.pid")" 2>/dev/null || true
    fi
}
