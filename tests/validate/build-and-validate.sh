#!/usr/bin/env bash
# build-and-validate.sh: build example-site and the test fixtures into a temp folder,
# then run the offline validators (run.sh) on every output.
# Binary: $VITRINA, else target/debug/vitrina (build it first with `cargo build`).
# Set KEEP=1 to keep the built sites (the path is printed).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
vitrina=${VITRINA:-$root/target/debug/vitrina}
[ -x "$vitrina" ] || { echo "no vitrina binary at $vitrina (cargo build, or set VITRINA)" >&2; exit 2; }

out=$(mktemp -d "${TMPDIR:-/tmp}/vitrina-validate.XXXXXX")
if [ "${KEEP:-}" = 1 ]; then echo "outputs kept in $out"; else trap 'rm -rf "$out"' EXIT; fi

dirs=()
for site in example-site tests/fixtures/shop tests/fixtures/multi; do
  name=$(basename "$site")
  echo "== build $site -> $out/$name"
  "$vitrina" build "$root/$site" --output "$out/$name"
  dirs+=("$out/$name")
done

"$here/run.sh" "${dirs[@]}"
