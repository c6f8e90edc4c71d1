#!/usr/bin/env bash
# What a student waits for after saving photos.go: the time `go build` takes after an
# edit of photos.go, beside the same for a minimal net/http program (one file, one
# handler), measured in one run, turn by turn, with a warm build cache. Prints each
# round and the medians. Usage, from the project's root:
#   tools/bench/rebuild.sh [rounds] [git commit to compare too, such as bcafef2]
set -euo pipefail
rounds=${1:-10}
old=${2:-}
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The project as it is now, and, when asked, as it was at another commit.
git -C "$root" ls-files -z | (cd "$root" && xargs -0 tar cf -) | (mkdir -p "$work/now" && tar xf - -C "$work/now")
names=(now)
if [[ -n $old ]]; then
  mkdir -p "$work/old"
  git -C "$root" archive "$old" | tar xf - -C "$work/old"
  names+=(old)
fi
# The minimal program: what any Go web server costs to rebuild.
mkdir -p "$work/minimal"
cat >"$work/minimal/go.mod" <<'MOD'
module minimal

go 1.26.0
MOD
cat >"$work/minimal/main.go" <<'GO'
package main

import "net/http"

func main() {
	http.HandleFunc("/photos", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Write([]byte(`[{"title": "Chiot"}]`))
	})
	http.ListenAndServe(":9000", nil)
}
GO
names+=(minimal)

# edit changes the file a student edits, as a save does: a new photo title each time.
edit() {
  local dir=$1 n=$2
  if [[ $dir == */minimal ]]; then
    sed -i "s/\"title\": \"[^\"]*\"/\"title\": \"Chiot $n\"/" "$dir/main.go"
  else
    sed -i "0,/Title: \"[^\"]*\"/s//Title: \"Chiot $n\"/" "$dir/photos.go"
  fi
}

for name in "${names[@]}"; do (cd "$work/$name" && go build -o "$work/$name.bin" .); done # warm the cache
declare -A times
for ((i = 1; i <= rounds; i++)); do
  line="round $i:"
  for name in "${names[@]}"; do
    edit "$work/$name" "$i"
    start=$(date +%s%N)
    (cd "$work/$name" && go build -o "$work/$name.bin" .)
    ms=$((($(date +%s%N) - start) / 1000000))
    times[$name]+="$ms "
    line+=" $name ${ms} ms"
  done
  echo "$line"
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for name in "${names[@]}"; do
  echo "median $name: $(echo "${times[$name]}" | median) ms"
done
