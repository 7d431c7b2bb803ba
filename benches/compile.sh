#!/usr/bin/env bash
# benches/compile.sh [REV...]: how heavy is a clean release build? For each git revision (default: the work
# tree as it is), builds `cargo build --release --locked` from scratch into a fresh target folder and prints the
# wall time, the CPU time, the peak memory of the build, the size of target/ and of the binary, and how many
# crates were compiled. Cargo's own report of where the time went (slowest crates) is kept as
# target/cargo-timings/cargo-timing.html under the printed folder.
#
#   bash benches/compile.sh                 # this work tree
#   bash benches/compile.sh main HEAD       # before and after, side by side
#   PROFILE=dev bash benches/compile.sh     # the development build that `cargo run` and the tests use
#
# Heavy: each build takes minutes and both cores. Downloads nothing new if the crates are already in cargo's
# cache (~/.cargo/registry). The folders are kept in $TMPDIR (printed) for a look; delete them afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
revs=("$@")
profile=${PROFILE:-release}
profile_dir=$profile
[ "$profile" = dev ] && profile_dir=debug
[ ${#revs[@]} -gt 0 ] || revs=(WORKTREE)
command -v /usr/bin/time >/dev/null || { echo "compile.sh: needs GNU time (apt-get install time)" >&2; exit 2; }

results=()
for rev in "${revs[@]}"; do
  dir=$(mktemp -d "${TMPDIR:-/tmp}/vitrina-compile.XXXXXX")
  if [ "$rev" = WORKTREE ]; then
    # Tracked and new files as they are now, without target/ or outputs.
    git ls-files -co --exclude-standard -z | tar --null -T - -cf - | tar -xf - -C "$dir"
  else
    git archive "$rev" | tar -xf - -C "$dir"
  fi
  echo "== $rev: clean $profile build in $dir" >&2
  (
    cd "$dir"
    cargo fetch --locked >/dev/null 2>&1 || true # downloads are not compile time
    CARGO_TARGET_DIR="$dir/target" /usr/bin/time -f '%e %U %S %M' -o "$dir/time.txt" \
      cargo build --profile "$profile" --locked --timings 2>"$dir/build.log" || { tail -20 "$dir/build.log" >&2; exit 1; }
  )
  read -r wall user sys rss_kb <"$dir/time.txt"
  crates=$(grep -c '^ *Compiling ' "$dir/build.log" || true)
  target_mb=$(du -sm "$dir/target" | cut -f1)
  bin_mb=$(awk -v b="$(stat -c %s "$dir/target/$profile_dir/vitrina")" 'BEGIN { printf "%.1f", b / 1048576 }')
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.0f", u + s }')
  results+=("$(printf '%-12s %8.0f s %8s s %8d MB %8d MB %8s MB %7d' "$rev" "$wall" "$cpu" $((rss_kb / 1024)) "$target_mb" "$bin_mb" "$crates")")
  echo "   report: $dir/target/cargo-timings/cargo-timing.html" >&2
done

printf '%-12s %10s %10s %11s %11s %11s %7s\n' revision wall cpu "peak mem" target/ binary crates
printf '%s\n' "${results[@]}"
echo "($profile profile; $(nproc) cores; $(rustc --version))"
