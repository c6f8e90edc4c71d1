#!/usr/bin/env bash
# compare-streams.sh: ../shared/bench/compare.sh with event streams held open on the
# photo server beside the load (issue 20), as that many open example pages would.
#
# Usage, from the project's root (the arguments are compare.sh's):
#   STREAMS=1000 tools/bench/compare-streams.sh -- -fake 1000 -seed 1
# The streams' count, once a second, is in the file the last line names. COMPARE is
# the path of compare.sh (../shared/bench/compare.sh by default).
set -euo pipefail
streams=${STREAMS:-1000}
tmp=$(mktemp -d)
go build -o "$tmp/server" .
go build -o "$tmp/streams" ./tools/bench/streams
log=${STREAMS_LOG:-$tmp/streams.log}
cat >"$tmp/with-streams" <<WRAP
#!/usr/bin/env bash
# the server, then $streams streams on it; compare.sh stops this script with SIGTERM
addr=\$2
"$tmp/server" "\$@" & srv=\$!
"$tmp/streams" -n $streams -url "http://\$addr/events" 2>"$log" & str=\$!
trap 'kill -INT \$str \$srv 2>/dev/null; wait' TERM INT
wait \$srv
WRAP
chmod +x "$tmp/with-streams"
SERVER_CMD="$tmp/with-streams" "${COMPARE:-../shared/bench/compare.sh}" "$@"
echo "streams open, each second: $log (kept)"
tail -n 3 "$log"
