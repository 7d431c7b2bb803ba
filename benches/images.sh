#!/usr/bin/env bash
# The image benchmark: a set of large camera-sized JPEGs (default 20 x 12 MP, 4000x3000, quality 90), each used
# by one product, built cold (empty image cache) and warm (cache full, nothing changed) with vitrina; prints
# photos per second, outputs per second and peak memory. With `hugo` on PATH it does the same with Hugo's image
# processing (same widths 480/960/1600 in WebP and JPEG, q80, Lanczos, plus the 1200x630 centre crop; Hugo's
# cache resources/_gen removed for cold runs) and prints the ratios. Run by hand (not in CI):
#
#     bash benches/images.sh                       # about 8 minutes on a quiet 2-core machine with Hugo
#     PHOTOS=5 RUNS=1 bash benches/images.sh       # a quick look
#
# Environment: PHOTOS [20], PHOTO_SIZE [4000x3000], RUNS [3] (after one warm-up round), LANGS [es,en];
# VITRINA, HUGO, BENCH_DIR as in benches/lib.sh. Needs python3 + Pillow and /usr/bin/time.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PHOTOS=${PHOTOS:-20}
PHOTO_SIZE=${PHOTO_SIZE:-4000x3000}
RUNS=${RUNS:-3}
LANGS=${LANGS:-es,en}
MP=$(python3 -c "w,h='$PHOTO_SIZE'.split('x'); print(round(int(w)*int(h)/1e6, 1))")

bench_header
T0=$SECONDS
corpus "photos-$PHOTOS" --products "$PHOTOS" --langs "$LANGS" --images "$PHOTOS" --images-per-product 1 --photo-size "$PHOTO_SIZE"
D="$BENCH_DIR/photos-$PHOTOS"
echo "== $PHOTOS photos of $PHOTO_SIZE ($MP MP), $(du -sh "$D/vitrina/images" | cut -f1) of JPEG; $RUNS rounds after a warm-up"
for round in $(seq 0 "$RUNS"); do
  if [ "$round" = 0 ]; then export WARMUP=1; else export WARMUP=0; fi
  v_cold "photos$PHOTOS" "$D"
  h_cold "photos$PHOTOS" "$D"
  v_warm "photos$PHOTOS" "$D"
  h_warm "photos$PHOTOS" "$D"
done
echo "-- what each wrote:"
pages "photos$PHOTOS"
du -sh "$BENCH_DIR/out/photos$PHOTOS.v/images" "$BENCH_DIR/out/photos$PHOTOS.h/images" 2>/dev/null | sed 's/^/   /' || true
echo "-- vitrina stages, cold:"
stages "photos$PHOTOS-cold"
echo "-- vitrina stages, warm:"
stages "photos$PHOTOS-warm"
echo "== medians"
summary "photos$PHOTOS:$PHOTOS"
OUTS=$(find "$BENCH_DIR/out/photos$PHOTOS.v/images" -type f | wc -l)
python3 - "$RESULTS" "$PHOTOS" "$OUTS" <<'PY'
import sys, statistics
from collections import defaultdict
rows = defaultdict(list)
for line in open(sys.argv[1]):
    s, t, e, m, *_ = line.split()
    rows[(s.rsplit("-", 1)[1], t)].append((float(e), int(m)))
n, outs = int(sys.argv[2]), int(sys.argv[3])
for kind in ("cold", "warm"):
    for t in ("vitrina", "hugo"):
        v = rows.get((kind, t))
        if not v:
            continue
        e = statistics.median(x[0] for x in v)
        m = statistics.median(x[1] for x in v) / 1024
        print(f"   {kind} {t:<8} {e:7.2f} s  {n / e:7.2f} photos/s  {outs / e:7.1f} outputs/s  peak {m:.0f} MB")
v, h = rows.get(("cold", "vitrina")), rows.get(("cold", "hugo"))
if v and h:
    r = statistics.median(x[0] for x in h) / statistics.median(x[0] for x in v)
    print(f"   cold throughput vitrina/hugo: {r:.2f}x (target >= 1.5x) {'MET' if r >= 1.5 else 'MISSED'}")
PY
echo "== total bench time: $((SECONDS - T0)) s"
