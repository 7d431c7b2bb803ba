#!/usr/bin/env bash
# Incremental builds with the build record (issue 16): cold, nothing changed, one product edited, the tagline
# changed, on a text-only corpus of N products x LANGS. Run by hand (not in CI):
#
#     bash benches/incremental.sh                                   # target/release/vitrina, 10,000 x es,en
#     BEFORE=/path/to/old/vitrina bash benches/incremental.sh       # the same scenarios with an older binary too
#
# Each scenario runs RUNS times per binary (binaries interleaved) and reports the median wall and CPU (user +
# system) seconds from /usr/bin/time:
#   cold     output folder and cache folder removed before each build
#   nothing  the output and the cache of the previous build kept, no source changed
#   edit     the same, after one product's description got one more sentence (a different product each run)
#   tagline  the same, after company.yaml's tagline changed (every page shows it)
# A warm-up build of each binary comes first (not counted). Needs python3 + Pillow (benches/corpus.py) and
# /usr/bin/time. Nothing touches the network.
#
# Environment: VITRINA [target/release/vitrina]  BEFORE [unset]  N [10000]  LANGS [es,en]  RUNS [3]
#              BENCH_DIR [/tmp/vitrina-bench-work]  (the corpus is reused when its parameters did not change)
#              CORPUS_FROM [unset]  a folder made by benches/corpus.py with the same parameters, copied instead
#                                   of generating one
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/vitrina-bench-work}
N=${N:-10000}
LANGS=${LANGS:-es,en}
RUNS=${RUNS:-3}
mkdir -p "$BENCH_DIR"

# The binaries are copied first, so that a cargo build meanwhile cannot swap them under a measurement.
declare -A BIN
BIN[after]="$BENCH_DIR/incremental-after.bin"
cp "${VITRINA:-$REPO/target/release/vitrina}" "${BIN[after]}"
NAMES=(after)
if [ -n "${BEFORE:-}" ]; then
  BIN[before]="$BENCH_DIR/incremental-before.bin"
  cp "$BEFORE" "${BIN[before]}"
  NAMES=(before after)
fi

CORPUS="$BENCH_DIR/incremental-$N-${LANGS//,/-}"
STAMP="--products $N --langs $LANGS --images 0"
if [ ! -f "$CORPUS/.params" ] || [ "$(cat "$CORPUS/.params")" != "$STAMP" ]; then
  rm -rf "$CORPUS"
  if [ -n "${CORPUS_FROM:-}" ]; then
    echo "-- corpus: a copy of $CORPUS_FROM"
    cp -a "$CORPUS_FROM" "$CORPUS"
    rm -rf "$CORPUS/vitrina/public" "$CORPUS/vitrina/.vitrina-cache"
  else
    echo "-- corpus: python3 benches/corpus.py $STAMP"
    # shellcheck disable=SC2086
    python3 "$REPO/benches/corpus.py" $STAMP --out "$CORPUS" --force >/dev/null
  fi
  echo "$STAMP" >"$CORPUS/.params"
fi
SITE="$CORPUS/vitrina"
mapfile -t PRODUCTS < <(ls "$SITE/products" | grep -v '\.[a-z][a-z]\.md$' | head -n 50)

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
for name in "${NAMES[@]}"; do echo "== $name: $("${BIN[$name]}" --version)"; done
echo "== corpus: $N products x $LANGS (text only), $RUNS runs, medians"

# build NAME SCENARIO: one build into NAME's output and cache; appends "wall cpu" to incremental.NAME.SCENARIO.
build() {
  local name=$1 scenario=$2
  if ! /usr/bin/time -o "$BENCH_DIR/incremental.time" -f "%e %U %S" "${BIN[$name]}" build "$SITE" \
    -o "$BENCH_DIR/out-$name" --cache-dir "$BENCH_DIR/cache-$name" >/dev/null 2>"$BENCH_DIR/incremental.err"; then
    cat "$BENCH_DIR/incremental.err" >&2
    exit 1
  fi
  awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$BENCH_DIR/incremental.time" >>"$BENCH_DIR/incremental.$name.$scenario"
}

edits=0
edit_one() {
  local f="$SITE/products/${PRODUCTS[$((edits % ${#PRODUCTS[@]}))]}"
  edits=$((edits + 1))
  printf '\nOne more sentence, edit %d.\n' "$edits" >>"$f"
}

taglines=0
change_tagline() {
  taglines=$((taglines + 1))
  sed -i "s/^  en: \"Handmade Mexican crafts.*/  en: \"Handmade Mexican crafts, shipped worldwide ($taglines)\"/" "$SITE/company.yaml"
  grep -q "worldwide ($taglines)" "$SITE/company.yaml" || { echo "the corpus has no tagline to change" >&2; exit 1; }
}

rm -f "$BENCH_DIR"/incremental.*.*
for name in "${NAMES[@]}"; do
  rm -rf "$BENCH_DIR/out-$name" "$BENCH_DIR/cache-$name"
  build "$name" warmup
done
for _ in $(seq "$RUNS"); do
  for name in "${NAMES[@]}"; do
    rm -rf "$BENCH_DIR/out-$name" "$BENCH_DIR/cache-$name"
    build "$name" cold
  done
  for name in "${NAMES[@]}"; do build "$name" nothing; done
  edit_one
  for name in "${NAMES[@]}"; do build "$name" edit; done
  change_tagline
  for name in "${NAMES[@]}"; do build "$name" tagline; done
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
printf '\n%-10s %-8s %10s %10s\n' scenario binary "wall s" "CPU s"
for scenario in cold nothing edit tagline; do
  for name in "${NAMES[@]}"; do
    f="$BENCH_DIR/incremental.$name.$scenario"
    printf '%-10s %-8s %10s %10s\n' "$scenario" "$name" "$(cut -d' ' -f1 "$f" | median)" "$(cut -d' ' -f2 "$f" | median)"
  done
done
echo
echo "-- nothing changed, --timings of the last binary:"
"${BIN[after]}" build "$SITE" -o "$BENCH_DIR/out-after" --cache-dir "$BENCH_DIR/cache-after" --timings 2>&1 | sed 's/^/   /'
echo "-- one product edited, --timings of the last binary:"
edit_one
"${BIN[after]}" build "$SITE" -o "$BENCH_DIR/out-after" --cache-dir "$BENCH_DIR/cache-after" --timings 2>&1 | sed 's/^/   /'
