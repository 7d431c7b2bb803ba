#!/usr/bin/env bash
# vitrina against Hugo on the same catalog, side by side on this machine. Run by hand (not in CI):
#
#     bash benches/compare.sh            # full sizes: about 20 minutes on a quiet 2-core machine
#     N_LARGE=2000 RUNS=2 IMG_RUNS=1 N_PHOTOS=10 bash benches/compare.sh     # a quick look
#
# Needs python3 + Pillow (benches/corpus.py writes the corpora), /usr/bin/time (apt-get install -y time) and,
# for the comparison, `hugo` on PATH (Debian: apt-get install -y hugo; extended build, for WebP). Without Hugo
# only vitrina is measured. Nothing touches the network.
#
# What it measures (each build: wall time and peak RSS from `/usr/bin/time -f "%e %M"`; one warm-up round first,
# not counted; then RUNS rounds, vitrina and Hugo interleaved; medians reported):
#   (a) text-only cold build at N_SMALL and N_LARGE products x LANGS (one small image shared by every product,
#       so image work is negligible): "cold" = empty output dir and empty image caches.
#   (b) image pipeline with N_PHOTOS large photos (4000x3000 JPEG q90) used by N_IMG_PRODUCTS products, cold
#       (vitrina: fresh --cache-dir; Hugo: resources/_gen removed) and warm (caches full, nothing changed);
#       also photos per second.
#   (c) warm rebuild with nothing changed, text-only N_LARGE (output dir and caches from the previous build).
#   (d) peak memory of every build (the MB columns).
# plus build time per product page from N_SMALL to N_LARGE (and N_HUGE if set), the fairness check (pages and
# bytes each tool wrote) and vitrina's own stage timings (`vitrina build --timings`) for each scenario.
#
# Environment (defaults in brackets):
#   N_SMALL [1000]  N_LARGE [10000]  LANGS [es,en]  RUNS [3]          text-only corpora and rounds
#   N_PHOTOS [50]   N_IMG_PRODUCTS [100]            IMG_RUNS [3]      image corpus and rounds
#   N_HUGE [unset]  e.g. 100000: one cold text-only build of each at that size (HUGE_HUGO=0 skips Hugo there)
#   SKIP_TEXT=1 / SKIP_IMAGES=1                                       leave a part out
#   VITRINA, HUGO, BENCH_DIR                                          see benches/lib.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

N_SMALL=${N_SMALL:-1000}
N_LARGE=${N_LARGE:-10000}
LANGS=${LANGS:-es,en}
RUNS=${RUNS:-3}
N_PHOTOS=${N_PHOTOS:-50}
N_IMG_PRODUCTS=${N_IMG_PRODUCTS:-100}
IMG_RUNS=${IMG_RUNS:-3}
NL=$(echo "$LANGS" | tr ',' '\n' | wc -l)

bench_header
T0=$SECONDS

if [ "${SKIP_TEXT:-0}" != 1 ]; then
  corpus "text-$N_SMALL" --products "$N_SMALL" --langs "$LANGS" --images 0
  corpus "text-$N_LARGE" --products "$N_LARGE" --langs "$LANGS" --images 0
  S="$BENCH_DIR/text-$N_SMALL"
  L="$BENCH_DIR/text-$N_LARGE"
  echo "== (a) text-only cold builds, (c) warm no-change rebuild: $RUNS rounds after a warm-up"
  for round in $(seq 0 "$RUNS"); do
    if [ "$round" = 0 ]; then export WARMUP=1; else export WARMUP=0; fi
    v_cold "text$N_SMALL" "$S"
    h_cold "text$N_SMALL" "$S"
    v_cold "text$N_LARGE" "$L"
    h_cold "text$N_LARGE" "$L"
    v_warm "text$N_LARGE" "$L"
    h_warm "text$N_LARGE" "$L"
  done
  echo "-- what each wrote, N=$N_SMALL:"
  pages "text$N_SMALL"
  echo "-- what each wrote, N=$N_LARGE:"
  pages "text$N_LARGE"
  echo "-- vitrina stages, text-only cold N=$N_SMALL:"
  stages "text$N_SMALL-cold"
  echo "-- vitrina stages, text-only cold N=$N_LARGE:"
  stages "text$N_LARGE-cold"
  echo "-- vitrina stages, warm no-change rebuild N=$N_LARGE:"
  stages "text$N_LARGE-warm"
fi

if [ -n "${N_HUGE:-}" ]; then
  corpus "text-$N_HUGE" --products "$N_HUGE" --langs "$LANGS" --images 0
  echo "== text-only cold build at N=$N_HUGE (one run each)"
  # No warm-up build at this size; read the sources once instead, so that like the smaller sizes (whose
  # warm-up round reads them) the build finds them in the page cache and the disk's speed is not measured.
  find "$BENCH_DIR/text-$N_HUGE" -type f -print0 | xargs -0 cat >/dev/null
  export WARMUP=0
  v_cold "text$N_HUGE" "$BENCH_DIR/text-$N_HUGE"
  if [ "${HUGE_HUGO:-1}" = 1 ]; then h_cold "text$N_HUGE" "$BENCH_DIR/text-$N_HUGE"; fi
  pages "text$N_HUGE"
  echo "-- vitrina stages, text-only cold N=$N_HUGE:"
  stages "text$N_HUGE-cold"
  set_aside "$BENCH_DIR/out/text$N_HUGE.v" "$BENCH_DIR/out/text$N_HUGE.h"
fi

if [ "${SKIP_IMAGES:-0}" != 1 ]; then
  corpus "img-$N_PHOTOS" --products "$N_IMG_PRODUCTS" --langs "$LANGS" --images "$N_PHOTOS"
  I="$BENCH_DIR/img-$N_PHOTOS"
  echo "== (b) image pipeline, $N_PHOTOS photos in $N_IMG_PRODUCTS products: $IMG_RUNS rounds after a warm-up"
  for round in $(seq 0 "$IMG_RUNS"); do
    if [ "$round" = 0 ]; then export WARMUP=1; else export WARMUP=0; fi
    v_cold "img$N_PHOTOS" "$I"
    h_cold "img$N_PHOTOS" "$I"
    v_warm "img$N_PHOTOS" "$I"
    h_warm "img$N_PHOTOS" "$I"
  done
  echo "-- what each wrote:"
  pages "img$N_PHOTOS"
  du -sh "$BENCH_DIR/out/img$N_PHOTOS.v/images" "$BENCH_DIR/out/img$N_PHOTOS.h/images" 2>/dev/null | sed 's/^/   /' || true
  echo "-- vitrina stages, images cold:"
  stages "img$N_PHOTOS-cold"
  echo "-- vitrina stages, images warm:"
  stages "img$N_PHOTOS-warm"
fi

echo "== medians (seconds, MB of peak RSS); v/h < 1 means vitrina is faster / smaller"
summary "img$N_PHOTOS:$N_PHOTOS"

echo "== build time per product page (cold, text-only; pages = products x $NL languages)"
python3 - "$RESULTS" "$NL" "$N_SMALL" "$N_LARGE" "${N_HUGE:-}" <<'PY'
import sys, statistics
from collections import defaultdict
rows = defaultdict(list)
for line in open(sys.argv[1]):
    s, t, e, m, *_ = line.split()
    rows[(s, t)].append(float(e))
nl = int(sys.argv[2])
for n in [x for x in sys.argv[3:] if x]:
    for t in ("vitrina", "hugo"):
        v = rows.get((f"text{n}-cold", t))
        if v:
            med = statistics.median(v)
            print(f"   N={int(n):>7} {t:<8} {med:8.2f} s  {1000 * med / (int(n) * nl):7.3f} ms per product page")
PY

echo "== targets"
python3 - "$RESULTS" "$N_LARGE" "$N_PHOTOS" <<'PY'
import sys, statistics
from collections import defaultdict
rows = defaultdict(list)
for line in open(sys.argv[1]):
    s, t, e, m, *_ = line.split()
    rows[(s, t)].append((float(e), int(m)))
n, p = sys.argv[2], sys.argv[3]
def med(s, t, i):
    v = rows.get((s, t))
    return statistics.median(x[i] for x in v) if v else None
def check(label, s, want, mem=False, inverse=False):
    v, h = med(s, "vitrina", 0), med(s, "hugo", 0)
    if not (v and h):
        print(f"   {label}: not measured")
        return
    r = h / v if inverse else v / h
    ok = r >= want if inverse else r <= want
    print(f"   {label}: {r:.3f} (target {'>=' if inverse else '<='} {want}) {'MET' if ok else 'MISSED'}")
    if mem:
        vm, hm = med(s, "vitrina", 1), med(s, "hugo", 1)
        print(f"   {label} memory vitrina/hugo: {vm / hm:.2f} (target <= 1) {'MET' if vm <= hm else 'MISSED'}")
check(f"text-only cold N={n} time vitrina/hugo", f"text{n}-cold", 0.5, mem=True)
check(f"image pipeline cold throughput vitrina/hugo", f"img{p}-cold", 1.5, inverse=True)
check(f"warm no-change rebuild N={n} time vitrina/hugo", f"text{n}-warm", 0.25)
PY
echo "== total bench time: $((SECONDS - T0)) s; logs in $LOGS; raw results in $RESULTS"
