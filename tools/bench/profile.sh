#!/usr/bin/env bash
# profile.sh: CPU profiles of the photo server and of the bare net/http floor
# (tools/bench/bare with the same bytes, the same nine headers and the same timeouts),
# each under the same wrk load, one after the other (issue 20). Writes, in OUT (default
# ./profiles): server.cpu, bare.cpu, server.trace and bare.trace (a runtime trace of
# one second under load, for go tool trace), server.mutex (the waits on contended
# locks), server.gctrace (each collection: GODEBUG=gctrace=1), the two binaries, and
# prints the top of each profile.
#
# Usage, from the project's root:
#   tools/bench/profile.sh [-d SECONDS] [-c CONNECTIONS] [-- SERVER FLAGS...]
#   tools/bench/profile.sh -- -fake 1000 -seed 1
# Then, for example: go tool pprof -top -diff_base profiles/bare.cpu profiles/server profiles/server.cpu
set -euo pipefail
secs=5 conns=64
while [[ $# -gt 0 ]]; do
  case $1 in
    -d) secs=$2; shift 2 ;;
    -c) conns=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "profile.sh: unknown option $1 (see the header of this script)" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "profile.sh: wrk is missing: apt-get install wrk" >&2; exit 1; }
out=${OUT:-profiles}
mkdir -p "$out"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_up() { for _ in $(seq 100); do curl -fs -o /dev/null "$1" && return 0; sleep 0.1; done; echo "profile.sh: $1 did not answer" >&2; return 1; }

go build -tags pprof -o "$out/server" .
go build -o "$out/bare" ./tools/bench/bare
port=$(free_port)
GODEBUG=gctrace=1 "$out/server" -addr "127.0.0.1:$port" -nowatch "$@" >/dev/null 2>"$out/server.gctrace" &
pids+=($!)
wait_up "http://127.0.0.1:$port/photos"
curl -fs "http://127.0.0.1:$port/photos" -o "$out/photos.json"

# profile NAME URL DEBUG: wrk for SECONDS+2 s; a CPU profile of SECONDS s from the
# second second; for the server, a trace of one second after it.
profile() {
  local name=$1 url=$2 debug=$3
  wrk -t2 -c"$conns" -d"$((secs + 3))s" --latency "$url" >"$out/$name.wrk" &
  local w=$!
  sleep 1
  curl -fs -o "$out/$name.cpu" "$debug/debug/pprof/profile?seconds=$secs"
  curl -fs -o "$out/$name.trace" "$debug/debug/pprof/trace?seconds=1"
  [[ $name == server ]] && curl -fs -o "$out/$name.mutex" "$debug/debug/pprof/mutex"
  wait "$w"
  echo "== $name: $(awk '/Requests\/sec/ {print $2}' "$out/$name.wrk") requests a second, p99 $(awk '$1=="99%" {print $2}' "$out/$name.wrk")"
  go tool pprof -top -nodecount 25 "$out/$name" "$out/$name.cpu" 2>/dev/null | sed -n '4,40p'
}
profile server "http://127.0.0.1:$port/photos" http://127.0.0.1:6060
kill "${pids[0]}"
echo "== server: the locks waited on (mutex profile, whole run)"
go tool pprof -top -nodecount 8 "$out/server" "$out/server.mutex" 2>/dev/null | sed -n '4,16p'
echo "== server: $(grep -c '^gc ' "$out/server.gctrace") collections in the run, the last: $(grep '^gc ' "$out/server.gctrace" | tail -1)"
bport=$(free_port) dport=$(free_port)
"$out/bare" -addr "127.0.0.1:$bport" -body "$out/photos.json" -headers -timeouts -pprof "127.0.0.1:$dport" &
pids+=($!)
wait_up "http://127.0.0.1:$bport/photos"
profile bare "http://127.0.0.1:$bport/photos" "http://127.0.0.1:$dport"
