#!/usr/bin/env bash
# What grading a class costs the teacher: a class of PAIRS folders laid out as the lab's
# network homes are (Eleves/eleve_NN/seances/18_10_21/photo-server, the unzipped exercise
# with the pair's photos.go and fake.go, each pair's a little different, a few partial or
# broken), graded three ways, turn by turn in each round, on new folders each round:
#   folders  go test in each pair's folder, one after another (what the issue says a teacher
#            does today; each folder is a new path to Go's build cache)
#   copy     the README's safe way: the pair's photos.go and fake.go copied into the teacher's
#            copy of the project, then go test there, one pair after another
#   grade    go run ./tools/grade on the whole class (its own copy of the project is kept in
#            the user's cache between runs)
# Prints each round and the medians. Usage, from the project's root:
#   tools/bench/grade.sh [pairs, 30] [rounds, 3]
# WAYS="copy grade" measures only those ways (folders takes about 25 s a pair).
set -euo pipefail
pairs=${1:-30}
rounds=${2:-3}
root=$(pwd)
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
export GOPROXY=off GOFLAGS=-mod=vendor

# The exercise as pairs receive it, and the teacher's copy of the project.
go run ./tools/exercise -o "$work/exercise.zip" >/dev/null
(cd "$work" && unzip -q exercise.zip && mv photo-server exercise)
mkdir -p "$work/teacher"
git -C "$root" ls-files -z | (cd "$root" && xargs -0 tar cf -) | tar xf - -C "$work/teacher"

# class makes round r's class: complete pairs, each with its own title for photo 1, and a
# few others: pair 03 as handed out (0/10), pair 07 with a comma missing (does not
# compile), pair 11 with fake.go as handed out (8/10).
class() {
  local r=$1 n dir
  for ((n = 1; n <= pairs; n++)); do
    dir=$work/r$r/Eleves/eleve_$(printf %02d "$n")/seances/18_10_21/photo-server
    mkdir -p "$(dirname "$dir")"
    cp -r "$work/exercise" "$dir"
    cp "$root/photos.go" "$root/fake.go" "$dir/"
    sed -i "0,/Title: \"[^\"]*\"/s//Title: \"Chiot $r-$n\"/" "$dir/photos.go"
    case $n in
    3) cp "$work/exercise/photos.go" "$work/exercise/fake.go" "$dir/" ;;
    7) sed -i '0,/"},$/s//"}/' "$dir/photos.go" ;;
    11) cp "$work/exercise/fake.go" "$dir/" ;;
    esac
  done
}

ms() { echo $((($(date +%s%N) - $1) / 1000000)); }
folders() {
  local start=$(date +%s%N) d
  for d in "$work/r$1"/Eleves/*/seances/18_10_21/photo-server; do (cd "$d" && go test >/dev/null 2>&1 || true); done
  ms "$start"
}
copy() {
  local start=$(date +%s%N) d
  for d in "$work/r$1"/Eleves/*/seances/18_10_21/photo-server; do
    cp "$d/photos.go" "$d/fake.go" "$work/teacher/"
    (cd "$work/teacher" && go test >/dev/null 2>&1 || true)
  done
  ms "$start"
}
grade() {
  local start=$(date +%s%N)
  go run ./tools/grade -o "$work/notes-$1.csv" "$work/r$1"/Eleves/*/seances/18_10_21 >"$work/grade-$1.txt" 2>/dev/null
  ms "$start"
}

(cd "$work/teacher" && go test >/dev/null 2>&1) || true # the teacher's copy compiled once, as it would be
go run ./tools/grade "$work/teacher" >/dev/null 2>&1 # and the grader's copy
read -ra ways <<<"${WAYS:-folders copy grade}"
declare -A times
for ((r = 1; r <= rounds; r++)); do
  class "$r"
  line="round $r ($pairs pairs):"
  for ((k = 0; k < ${#ways[@]}; k++)); do
    way=${ways[$(((k + r - 1) % ${#ways[@]}))]} # each round starts with another way
    t=$($way "$r")
    times[$way]+="$t "
    line+=" $way $((t / 1000)).$((t % 1000 / 100)) s"
  done
  echo "$line"
  rm -rf "$work/r$r"
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for way in "${ways[@]}"; do
  m=$(echo "${times[$way]}" | median)
  echo "median $way: $((${m%.*} / 1000)).$((${m%.*} % 1000 / 100)) s"
done
echo "the grader's table of the last round:"
cat "$work/grade-$rounds.txt"
