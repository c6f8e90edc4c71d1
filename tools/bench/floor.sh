#!/usr/bin/env bash
# floor.sh: where the photo server's time per request goes (issue 20). Side by side
# under wrk, rounds interleaved, medians: nginx serving the same bytes, the bare
# net/http server of tools/bench/bare (2 headers; then the server's 9 headers; then its
# timeouts too; then the body sent from its file with sendfile(2), as nginx does), and
# the photo server itself. For each: requests a second, p50, p99,
# and the CPU time the server process spent per request (from /proc/PID/stat, user +
# system), which is what the table of BENCHMARKS.md breaks down.
#
# Usage, from the project's root:
#   tools/bench/floor.sh [-d SECONDS] [-c CONNECTIONS] [-r ROUNDS] [-- SERVER FLAGS...]
#   tools/bench/floor.sh -- -fake 1000 -seed 1
# Extra systems can be given as NAME=COMMAND in FLOOR_EXTRA (the command gets -addr
# HOST:PORT appended), for example a build of the server with a change to compare.
set -euo pipefail
secs=5 conns=64 rounds=3
while [[ $# -gt 0 ]]; do
  case $1 in
    -d) secs=$2; shift 2 ;;
    -c) conns=$2; shift 2 ;;
    -r) rounds=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "floor.sh: unknown option $1 (see the header of this script)" >&2; exit 2 ;;
  esac
done
server_flags=("$@")
command -v wrk >/dev/null || { echo "floor.sh: wrk is missing: apt-get install wrk" >&2; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

tmp=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [[ -f $tmp/nginx.pid ]] && kill "$(cat "$tmp/nginx.pid")" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_up() { for _ in $(seq 100); do curl -fs -o /dev/null "$1" && return 0; sleep 0.1; done; echo "floor.sh: $1 did not answer" >&2; return 1; }

go build -o "$tmp/server" .
go build -o "$tmp/bare" ./tools/bench/bare
declare -A url pidof
start() { # name, command...: started on a free port, its pid kept
  local name=$1; shift
  local port; port=$(free_port)
  "$@" -addr "127.0.0.1:$port" >"$tmp/$name.log" 2>&1 &
  pids+=($!); pidof[$name]=$!; url[$name]="http://127.0.0.1:$port/photos"
  wait_up "${url[$name]}"
}
start server "$tmp/server" "${server_flags[@]}"
mkdir -p "$tmp/html"
curl -fs "${url[server]}" -o "$tmp/html/photos"
p_ngx=$(free_port)
cat >"$tmp/nginx.conf" <<NGX
worker_processes auto;
pid $tmp/nginx.pid;
error_log $tmp/nginx.err;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on; tcp_nopush on; keepalive_requests 100000;
  client_body_temp_path $tmp; proxy_temp_path $tmp; fastcgi_temp_path $tmp; uwsgi_temp_path $tmp; scgi_temp_path $tmp;
  server {
    listen 127.0.0.1:$p_ngx;
    root $tmp/html;
    location / { default_type "application/json; charset=utf-8"; add_header Access-Control-Allow-Origin *; }
  }
}
NGX
"$NGINX" -c "$tmp/nginx.conf"
wait_up "http://127.0.0.1:$p_ngx/photos"
url[nginx]="http://127.0.0.1:$p_ngx/photos"
start bare "$tmp/bare" -body "$tmp/html/photos"
start bare+headers "$tmp/bare" -body "$tmp/html/photos" -headers
start bare+timeouts "$tmp/bare" -body "$tmp/html/photos" -headers -timeouts
start bare+sendfile "$tmp/bare" -body "$tmp/html/photos" -headers -timeouts -sendfile
names=(nginx bare bare+headers bare+timeouts bare+sendfile server)
for extra in ${FLOOR_EXTRA:-}; do
  name=${extra%%=*}; cmd=${extra#*=}
  # shellcheck disable=SC2086
  start "$name" $cmd "${server_flags[@]}"
  names+=("$name")
done

ticks() { # user + system CPU ticks of the processes given (nginx: its workers too)
  local t=0
  for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done
  echo "$t"
}
procs() {
  if [[ $1 == nginx ]]; then pgrep -f "nginx: worker process" | tr '\n' ' '; pgrep -f "nginx -c $tmp" || true; else echo "${pidof[$1]}"; fi
}
hz=$(getconf CLK_TCK)
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.3f", v}' <<<"$1"; }
declare -A rps p50 p99 cpu errs
for ((r = 1; r <= rounds; r++)); do
  for name in "${names[@]}"; do
    # shellcheck disable=SC2046
    before=$(ticks $(procs "$name"))
    out=$(wrk -t2 -c"$conns" -d"${secs}s" --latency "${url[$name]}" 2>&1)
    # shellcheck disable=SC2046
    after=$(ticks $(procs "$name"))
    n=$(awk '/requests in/ {print $1}' <<<"$out")
    rps[$name]+="$(awk '/Requests\/sec/ {print $2}' <<<"$out") "
    p50[$name]+="$(to_ms "$(awk '$1=="50%" {print $2}' <<<"$out")") "
    p99[$name]+="$(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")") "
    cpu[$name]+="$(awk -v t=$((after - before)) -v hz="$hz" -v n="$n" 'BEGIN{printf "%.2f", t / hz * 1e6 / n}') "
    e=$(awk '/Socket errors/ {gsub(",",""); s+=$4+$6+$8+$10} /Non-2xx/ {s+=$NF} END {print s+0}' <<<"$out")
    errs[$name]=$(( ${errs[$name]:-0} + ${e:-0} ))
  done
done
median() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf 'payload: %s bytes (server flags: %s); wrk -t2 -c%s -d%ss, %s rounds interleaved, medians\n' "$(stat -c %s "$tmp/html/photos")" "${server_flags[*]:-none}" "$conns" "$secs" "$rounds"
printf '%-16s %10s %8s %8s %8s %12s %7s\n' system req/s x_nginx p50_ms p99_ms cpu_us/req errors
n=$(median <<<"${rps[nginx]}")
for name in "${names[@]}"; do
  s=$(median <<<"${rps[$name]}")
  printf '%-16s %10.0f %8.2f %8s %8s %12s %7s\n' "$name" "$s" "$(awk -v a="$s" -v b="$n" 'BEGIN{print a/b}')" "$(median <<<"${p50[$name]}")" "$(median <<<"${p99[$name]}")" "$(median <<<"${cpu[$name]}")" "${errs[$name]}"
done
