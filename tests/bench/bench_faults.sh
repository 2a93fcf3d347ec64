#!/usr/bin/env bash
# How often a full snapshot survives a flaky network: `roledesk --snapshot` against
# roledesk-sandbox with a share of its answers failing (503, 500, dropped before or after
# applying, cut off, not JSON), N times per fault rate, each compared with a snapshot taken
# without faults. Prints one JSON object on stdout.
#   bench_faults.sh ROLEDESK SANDBOX [N] [RATES...]     (default 50 snapshots at 0.3 and 0.5)
set -euo pipefail
roledesk=$1 sandbox=$2 runs=${3:-50}
shift $(($# < 3 ? $# : 3))
rates=(0.3 0.5)
[ $# -gt 0 ] && rates=("$@")
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export QT_LOGGING_RULES="roledesk.*.info=false" QT_QPA_PLATFORM=offscreen

start_sandbox() { # start_sandbox EXTRA-ARGS...: sets PORT, PURECLOUD_CLIENT_ID, PURECLOUD_SECRET
    "$sandbox" --data "$work/org.sqlite" --rate-limit 0 --print-credentials "$@" >"$work/sandbox.out" 2>/dev/null &
    SANDBOX_PID=$!
    for _ in $(seq 100); do
        grep -q '^credentials:' "$work/sandbox.out" 2>/dev/null && break
        sleep 0.1
    done
    PORT=$(sed -n 's|^listening on http://127.0.0.1:\([0-9]*\)$|\1|p' "$work/sandbox.out")
    PURECLOUD_CLIENT_ID=$(sed -n '0,/^credentials:/s|^credentials:.* client_id=\([^ ]*\) .*|\1|p' "$work/sandbox.out")
    PURECLOUD_SECRET=$(sed -n '0,/^credentials:/s|^credentials:.* client_secret=\([^ ]*\)$|\1|p' "$work/sandbox.out")
    export PURECLOUD_CLIENT_ID PURECLOUD_SECRET
}

snapshot() { # snapshot FILE: exit code of roledesk
    "$roledesk" --base-url "http://127.0.0.1:$PORT" --snapshot "$1" --timeout 300 >/dev/null 2>"$1.err"
}

start_sandbox
snapshot "$work/clean.json"
grep -v '"takenAt"' "$work/clean.json" >"$work/clean.cmp"
kill "$SANDBOX_PID"; wait "$SANDBOX_PID" 2>/dev/null || true

results=()
for rate in "${rates[@]}"; do
    start_sandbox --fault-rate "$rate" --fault-kinds 503,500,drop,truncate,malformed
    ok=0 identical=0 failed=0 total_ms=0 worst_ms=0 message=""
    for i in $(seq "$runs"); do
        file="$work/snap-$rate-$i.json"
        begin=$(date +%s%N)
        if snapshot "$file"; then
            ok=$((ok + 1))
            grep -v '"takenAt"' "$file" | cmp -s - "$work/clean.cmp" && identical=$((identical + 1))
        else
            failed=$((failed + 1))
            message=$(tail -1 "$file.err" | tr -d '"\\')
        fi
        ms=$((($(date +%s%N) - begin) / 1000000))
        total_ms=$((total_ms + ms))
        [ "$ms" -gt "$worst_ms" ] && worst_ms=$ms
        rm -f "$file"
    done
    kill "$SANDBOX_PID"; wait "$SANDBOX_PID" 2>/dev/null || true
    results+=("{\"faultRate\": $rate, \"snapshots\": $runs, \"succeeded\": $ok, \"identical\": $identical, \"failed\": $failed, \"meanMs\": $((total_ms / runs)), \"worstMs\": $worst_ms, \"lastFailure\": \"$message\"}")
done
printf '{"benchmark": "faults", "results": [%s]}\n' "$(IFS=,; echo "${results[*]}")"
