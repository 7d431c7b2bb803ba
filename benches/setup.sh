#!/usr/bin/env bash
# Everything the benchmarks need, on a fresh Debian/Ubuntu machine; then a release build of vitrina.
#
#     bash benches/setup.sh        # once
#     bash benches/compare.sh      # the comparison with Hugo (see docs/performance.md)
#
# Installs what is missing: Debian's `hugo` (extended, so it can write WebP), `time` (/usr/bin/time measures
# wall time and peak memory) and Pillow (benches/corpus.py draws the photos). Run as root or with sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

need=()
command -v hugo >/dev/null || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
python3 -c "import PIL" 2>/dev/null || need+=(python3-pil)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
echo "== $(hugo version)"
echo "== Pillow $(python3 -c 'import PIL; print(PIL.__version__)')"

cargo build --release
echo "== ready: bash benches/compare.sh"
