# Shared helpers for benches/compare.sh and benches/images.sh (sourced, not run).
#
# Environment (all optional):
#   VITRINA    vitrina binary to measure (default: target/release/vitrina). It is copied into $BENCH_DIR first,
#              so a `cargo build` running meanwhile cannot swap it under a measurement.
#   HUGO       hugo binary (default: `hugo` on PATH; without it only vitrina is measured)
#   BENCH_DIR  where corpora, outputs and caches go (default /tmp/vitrina-bench-work). Corpora are reused
#              between runs when their parameters have not changed (a .params stamp in each).
#   QUIET_MAX  the machine may be shared (someone compiling): each build waits until the CPUs are >= 90% idle,
#              for at most this many seconds (default 300; 0 = don't wait).
#   NOISE_MAX, RETRIES  a build during which other processes used more than NOISE_MAX cores on average
#              (default 0.10, from /proc/stat; and more than 0.5 CPU-s in all) is run again, up to RETRIES tries (default 4); the last try is
#              kept and flagged NOISY in the output and the summary.

BENCH_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/vitrina-bench-work}
mkdir -p "$BENCH_DIR"
RESULTS="$BENCH_DIR/results.$$"
: >"$RESULTS"
LOGS="$BENCH_DIR/logs"
mkdir -p "$LOGS"

if [ ! -x /usr/bin/time ]; then
  echo "error: /usr/bin/time is missing (apt-get install -y time)" >&2
  exit 1
fi

VITRINA_SRC=${VITRINA:-$BENCH_REPO/target/release/vitrina}
if [ ! -x "$VITRINA_SRC" ]; then
  echo "error: no vitrina binary at $VITRINA_SRC (cargo build --release, or set VITRINA=...)" >&2
  exit 1
fi
cp "$VITRINA_SRC" "$BENCH_DIR/vitrina.bin"
V="$BENCH_DIR/vitrina.bin"

H=${HUGO:-$(command -v hugo || true)}
if [ -n "$H" ] && ! "$H" version >/dev/null 2>&1; then H=""; fi

bench_header() {
  echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo)"
  echo "== vitrina: $("$V" --version)  ($VITRINA_SRC)"
  if [ -n "$H" ]; then echo "== hugo:    $("$H" version)"; else echo "== hugo:    not installed: measuring vitrina only"; fi
  echo "== work dir: $BENCH_DIR"
}

# corpus NAME ARGS... : writes $BENCH_DIR/NAME/{vitrina,hugo} with benches/corpus.py unless an identical one exists.
corpus() {
  local name=$1
  shift
  local dir="$BENCH_DIR/$name" stamp="$*"
  if [ -f "$dir/.params" ] && [ "$(cat "$dir/.params")" = "$stamp" ] && [ -d "$dir/vitrina/products" ]; then
    echo "-- corpus $name: reusing ($stamp)"
    return
  fi
  rm -rf "$dir/vitrina" "$dir/hugo" "$dir/.params"
  echo "-- corpus $name: python3 benches/corpus.py $stamp"
  local t0=$SECONDS
  python3 "$BENCH_REPO/benches/corpus.py" "$@" --out "$dir" --force | sed 's/^/   /'
  echo "$stamp" >"$dir/.params"
  echo "   (written in $((SECONDS - t0)) s)"
}

# wait_quiet: the machine is shared (someone may be compiling): before each measurement wait until the CPUs
# are at least 90% idle over one second, for at most QUIET_MAX seconds (default 300; 0 disables the wait).
cpu_idle_pct() {
  local a b
  a=($(head -1 /proc/stat))
  sleep 1
  b=($(head -1 /proc/stat))
  local idle=$(((b[4] + b[5]) - (a[4] + a[5]))) total=0 i
  for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
  echo $((total > 0 ? 100 * idle / total : 100))
}
wait_quiet() {
  local max=${QUIET_MAX:-300} waited=0 idle
  [ "$max" = 0 ] && return 0
  while idle=$(cpu_idle_pct) && [ "$idle" -lt 90 ]; do
    waited=$((waited + 1))
    if [ "$waited" -ge "$max" ]; then
      echo "   (machine still busy after ${max} s: ${idle}% idle; measuring anyway)"
      return 0
    fi
    if [ "$waited" = 1 ]; then echo "   (waiting for other processes on the machine to finish: ${idle}% idle)"; fi
  done
  if [ "$waited" -gt 0 ]; then echo "   (waited ${waited} s for a quiet machine)"; fi
  return 0
}

# busy_jiffies: CPU time used by everything on the machine so far (user+nice+system+irq+softirq+steal).
busy_jiffies() {
  local c
  c=($(head -1 /proc/stat))
  echo $((c[1] + c[2] + c[3] + c[6] + c[7] + c[8]))
}
HZ=$(getconf CLK_TCK)

# measure SCENARIO TOOL CMD... : runs CMD under /usr/bin/time; records "SCENARIO TOOL seconds maxrss_kb cpu_s
# noisy" unless WARMUP=1. The machine may be shared: CPU time other processes used during the run is computed
# from /proc/stat; a run where they used more than NOISE_MAX cores on average (default 0.10) is repeated, up to
# RETRIES times (default 4), after waiting for a quiet machine; the last try is kept and flagged noisy.
# The command's output goes to $LOGS/SCENARIO.TOOL.log (the last run's).
measure() {
  local scen=$1 tool=$2
  shift 2
  local tf="$BENCH_DIR/time.$$" try=0 e m u sy b0 b1 others noisy
  while :; do
    try=$((try + 1))
    if [ -n "${BEFORE_EACH:-}" ]; then eval "$BEFORE_EACH"; fi
    if [ "$SECONDS" -lt "$QUIET_FS_AFTER" ]; then
      echo "   (waiting $((QUIET_FS_AFTER - SECONDS)) s: files were deleted at the start, see set_aside)"
      sleep $((QUIET_FS_AFTER - SECONDS))
    fi
    wait_quiet
    b0=$(busy_jiffies)
    if ! /usr/bin/time -f "%e %M %U %S" -o "$tf" "$@" >"$LOGS/$scen.$tool.log" 2>&1; then
      echo "error: $tool failed in $scen; see $LOGS/$scen.$tool.log" >&2
      tail -20 "$LOGS/$scen.$tool.log" >&2
      exit 1
    fi
    b1=$(busy_jiffies)
    read -r e m u sy <"$tf"
    others=$(awk -v b="$((b1 - b0))" -v hz="$HZ" -v u="$u" -v s="$sy" -v e="$e" \
      'BEGIN { o = b / hz - u - s; if (o < 0) o = 0; printf "%.2f %.2f", (e > 0 ? o / e : 0), o }')
    # noisy: others used more than NOISE_MAX cores on average and more than half a CPU-second in all (the
    # kernel's own writeback of our files is counted as "others": short runs would always look noisy)
    noisy=$(awk -v o="${others% *}" -v os="${others#* }" -v max="${NOISE_MAX:-0.10}" \
      'BEGIN { print (o > max && os > 0.5) ? 1 : 0 }')
    others=${others% *}
    if [ "$noisy" = 1 ] && [ "$try" -lt "${RETRIES:-4}" ]; then
      printf '   %-22s %-8s %8.2f s  (other processes used %.2f cores meanwhile: run again)\n' "$scen" "$tool" "$e" "$others"
      continue
    fi
    break
  done
  local cpu
  cpu=$(awk -v u="$u" -v s="$sy" 'BEGIN { printf "%.2f", u + s }')
  local note=""
  if [ "$noisy" = 1 ]; then note=" NOISY (others used $others cores)"; fi
  if [ "${WARMUP:-0}" = 1 ]; then
    printf '   %-22s %-8s %8.2f s %8d MB %8.2f cpu-s (warm-up, not counted)%s\n' "$scen" "$tool" "$e" "$((m / 1024))" "$cpu" "$note"
  else
    echo "$scen $tool $e $m $cpu $noisy" >>"$RESULTS"
    printf '   %-22s %-8s %8.2f s %8d MB %8.2f cpu-s%s\n' "$scen" "$tool" "$e" "$((m / 1024))" "$cpu" "$note"
  fi
}

# set_aside PATH... : moves each existing PATH into $BENCH_DIR/trash instead of deleting it. On a file system
# like this machine's (ext4 without a journal), creating files in the seconds after tens of thousands were
# deleted costs a lot of kernel time (ext4 skips recently freed inodes, reading each one's inode block), so
# `rm -rf` right before a cold build measured the cleanup, not the generator. Both tools get the same
# treatment. The previous run's trash is emptied when a run starts, and measurements begin only a minute after
# that (ext4 treats a freed inode as recent for 60 s once it is on disk). The trash is left in place at the end.
TRASH="$BENCH_DIR/trash"
QUIET_FS_AFTER=0
set_aside() {
  local p
  mkdir -p "$TRASH"
  for p in "$@"; do
    if [ -e "$p" ]; then mv "$p" "$(mktemp -d "$TRASH/XXXXXX")/"; fi
  done
}
if [ -d "$TRASH" ]; then
  echo "== deleting the previous run's outputs ($TRASH)"
  rm -rf "$TRASH"
  sync
  QUIET_FS_AFTER=$((SECONDS + 65))
fi
trap 'echo "== outputs of this run are in $TRASH and $BENCH_DIR/out (deleted at the next run; rm -rf them to free the space)"' EXIT

# One build of each kind. vitrina: --output to a temp dir, --cache-dir for the image cache.
# Hugo: public dir outside the site, resources/_gen (its image cache) and --cacheDir inside BENCH_DIR.
v_cold() { # SCEN SITE_DIR
  local out="$BENCH_DIR/out/$1.v" cache="$BENCH_DIR/cache/$1.v"
  mkdir -p "$BENCH_DIR/out"
  BEFORE_EACH="set_aside '$out' '$cache'; sync" \
    measure "$1-cold" vitrina "$V" build "$2/vitrina" --output "$out" --cache-dir "$cache" --timings
}
v_warm() { # SCEN SITE_DIR   (after v_cold: output and cache in place, nothing changed)
  measure "$1-warm" vitrina "$V" build "$2/vitrina" --output "$BENCH_DIR/out/$1.v" --cache-dir "$BENCH_DIR/cache/$1.v" --timings
}
h_cold() {
  [ -n "$H" ] || return 0
  local out="$BENCH_DIR/out/$1.h"
  mkdir -p "$BENCH_DIR/out"
  BEFORE_EACH="set_aside '$out' '$2/hugo/resources/_gen' '$BENCH_DIR/cache/$1.h'; sync" \
    measure "$1-cold" hugo "$H" --quiet -s "$2/hugo" -d "$out" --cacheDir "$BENCH_DIR/cache/$1.h"
}
h_warm() {
  [ -n "$H" ] || return 0
  measure "$1-warm" hugo "$H" --quiet -s "$2/hugo" -d "$BENCH_DIR/out/$1.h" --cacheDir "$BENCH_DIR/cache/$1.h"
}

# pages SCEN : what each tool wrote (fairness check): every file and byte (the catalog feeds, search files and
# scripts count as much as the pages), then the HTML, images and sitemaps. vitrina's build record
# (.vitrina-manifest) is not output: left out.
pages() {
  local d vf="" vb=""
  for t in v h; do
    d="$BENCH_DIR/out/$1.$t"
    [ -d "$d" ] || continue
    local files bytes html hbytes imgs
    files=$(find "$d/" -type f ! -name .vitrina-manifest | wc -l)
    bytes=$(find "$d/" -type f ! -name .vitrina-manifest -print0 | du -cb --files0-from=- 2>/dev/null | tail -1 | cut -f1)
    html=$(find "$d/" -name '*.html' | wc -l)
    hbytes=$(find "$d/" -name '*.html' -print0 | du -cb --files0-from=- 2>/dev/null | tail -1 | cut -f1)
    imgs=$(find "$d/" -type f \( -name '*.jpg' -o -name '*.webp' -o -name '*.png' \) | wc -l)
    printf '   %-8s %7d files, %8.1f MB in all; %7d HTML files, %8.1f MB of HTML, %6d image files, %s sitemap file(s)\n' \
      "$([ $t = v ] && echo vitrina || echo hugo)" "$files" "$(awk -v b="$bytes" 'BEGIN{print b/1048576}')" "$html" \
      "$(awk -v b="$hbytes" 'BEGIN{print b/1048576}')" "$imgs" "$(find "$d/" -name 'sitemap*.xml' | wc -l)"
    if [ $t = v ]; then
      vf=$files vb=$bytes
    elif [ -n "$vf" ]; then
      awk -v f="$files" -v b="$bytes" -v vf="$vf" -v vb="$vb" \
        'BEGIN { printf "   hugo/vitrina: files %.2f, bytes %.2f (same work: about 1; see docs/performance.md)\n", f / vf, b / vb }'
    fi
  done
}

# stages SCEN-KIND : vitrina's own --timings from the last run.
stages() {
  local f="$LOGS/$1.vitrina.log"
  if [ -f "$f" ]; then grep -E '^\s+[a-z]+ +[0-9.]+ ms|^Built' "$f" | sed 's/^ */   /' || true; fi
}

# summary: medians per scenario and tool, and vitrina/Hugo ratios. Extra args: "SCEN:photos" pairs, to print
# images per second for image scenarios.
summary() {
  python3 - "$RESULTS" "$@" <<'PY'
import sys, statistics
from collections import defaultdict
rows = defaultdict(list)
noisy = defaultdict(int)
for line in open(sys.argv[1]):
    s, t, e, m, cpu, nz = line.split()
    rows[(s, t)].append((float(e), int(m), float(cpu)))
    noisy[(s, t)] += int(nz)
photos = dict(a.split(":") for a in sys.argv[2:])
scens = []
for s, _ in rows:
    if s not in scens:
        scens.append(s)
print(f"   {'scenario':<22} {'runs':>4} {'vitrina s':>10} {'hugo s':>9} {'v/h time':>9} {'vitrina MB':>11} {'hugo MB':>8} {'v/h mem':>8} {'v cpu-s':>8} {'h cpu-s':>8}")
for s in scens:
    v = rows.get((s, "vitrina"), [])
    h = rows.get((s, "hugo"), [])
    vt = statistics.median(x[0] for x in v) if v else None
    ht = statistics.median(x[0] for x in h) if h else None
    vm = statistics.median(x[1] for x in v) / 1024 if v else None
    hm = statistics.median(x[1] for x in h) / 1024 if h else None
    f = lambda x, p=2: "-" if x is None else f"{x:.{p}f}"
    r = f(vt / ht, 3) if vt and ht else "-"
    rm = f(vm / hm, 2) if vm and hm else "-"
    vc = statistics.median(x[2] for x in v) if v else None
    hc = statistics.median(x[2] for x in h) if h else None
    nz = noisy[(s, "vitrina")] + noisy[(s, "hugo")]
    print(f"   {s:<22} {len(v):>4} {f(vt):>10} {f(ht):>9} {r:>9} {f(vm, 0):>11} {f(hm, 0):>8} {rm:>8} {f(vc):>8} {f(hc):>8}"
          + (f"  ({nz} noisy run(s) kept)" if nz else ""))
    base = s.rsplit("-", 1)[0]
    if base in photos and vt and s.endswith("-cold"):
        n = int(photos[base])
        line = f"   {'':<22}      images/s: vitrina {n / vt:.2f}"
        if ht:
            line += f", hugo {n / ht:.2f}, vitrina/hugo throughput {ht / vt:.2f}x"
        print(line)
PY
}
