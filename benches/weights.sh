#!/usr/bin/env bash
# Page weight at 10,000 products × 2 languages (docs/performance.md, "Page weight"): writes the text-only
# corpus with benches/corpus.py, builds it once and prints the size of each kind of page, raw and gzipped.
#
#     bash benches/weights.sh                  # N=10000; a debug build is fine (about 5 minutes on 2 cores)
#     N=1000 VITRINA=target/debug/vitrina bash benches/weights.sh
#
# Sizes are the largest file of each kind (product pages: the largest of the first 3,000). Needs python3 with
# Pillow (corpus.py) and gzip. Nothing reaches the network.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10000}
WORK=${BENCH_DIR:-/tmp/vitrina-bench-work}/weights-$N
V=${VITRINA:-target/release/vitrina}
[ -x "$V" ] || V=target/debug/vitrina
[ -x "$V" ] || { echo "error: no vitrina binary (cargo build, or set VITRINA=...)" >&2; exit 1; }
mkdir -p "$WORK"
[ -f "$WORK/corpus/vitrina/company.yaml" ] ||
  python3 benches/corpus.py --products "$N" --langs es,en --images 0 --out "$WORK/corpus" --force
rm -rf "$WORK/out"
"$V" build "$WORK/corpus/vitrina" --output "$WORK/out" | tail -1
out=$WORK/out

largest() { ls -S "$@" 2>/dev/null | head -1; }
row() { # row LABEL FILE
  [ -n "$2" ] && [ -f "$2" ] || { printf '| %s | - | - |\n' "$1"; return; }
  printf '| %s | %d KB | %d KB |\n' "$1" $(( $(stat -c %s "$2") / 1024 )) $(( $(gzip -9c "$2" | wc -c) / 1024 ))
}
echo "| page ($N products × 2 languages) | raw | gzip -9 |"
echo "|---|---|---|"
for lang in es en; do
  if [ $lang = es ]; then p=""; cat=categorias; prod=productos; enq=consulta; ls=linea
  else p=en/; cat=categories; prod=products; enq=enquiry; ls=line-sheet; fi
  row "$lang: home" "$out/${p}index.html"
  row "$lang: category page (largest)" "$(largest $out/${p}$cat/*/index.html)"
  row "$lang: all-products page 1" "$out/${p}$prod/index.html"
  row "$lang: listing page 2+ (largest)" "$(largest $(find "$out/${p}$prod" "$out/${p}$cat" -path '*/[0-9]*/index.html' | head -3000))"
  row "$lang: product page (largest of 3,000)" "$(largest $(ls -d $out/${p}$prod/*/index.html | head -3000))"
  row "$lang: enquiry page" "$out/${p}$enq/index.html"
  row "$lang: enquiry data (search/$lang-products.json)" "$out/search/$lang-products.json"
  row "$lang: search index (search/$lang.json)" "$out/search/$lang.json"
  row "$lang: line sheet cover" "$out/${p}$ls/index.html"
  row "$lang: line sheet part (largest)" "$(largest $(find "$out/${p}$ls" -mindepth 2 -name index.html))"
done
