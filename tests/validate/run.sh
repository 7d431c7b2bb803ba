#!/usr/bin/env bash
# run.sh SITE_OUTPUT_DIR...  Validate built vitrina sites offline:
#   (a) vnu (Nu HTML Checker), errors only, on every HTML file;
#   (b) sdv.mjs (Adobe structured-data validator) on the JSON-LD of every .html;
#   (c) xmllint --noout on sitemap*.xml (apt: libxml2-utils); a missing xmllint is a failure, not a skip.
# Every check runs even after a failure; exits 1 if any failed, listing tool + folder/file.
set -euo pipefail

[ $# -gt 0 ] || { echo "usage: $0 SITE_OUTPUT_DIR..." >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
jar=$here/node_modules/vnu-jar/build/dist/vnu.jar

# Install the pinned validators once; --ignore-scripts: vnu-jar's postinstall would only
# download a JRE, and we use the system Java (>= 11).
if [ ! -f "$jar" ] || [ ! -d "$here/node_modules/@adobe/structured-data-validator" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts)
fi
command -v java >/dev/null || { echo "run.sh: java (>= 11) is required for vnu (apt-get install default-jre-headless)" >&2; exit 2; }
command -v xmllint >/dev/null || { echo "run.sh: xmllint is required for the sitemap check (apt-get install libxml2-utils)" >&2; exit 2; }

failed=()   # "tool: what" for the final summary
for dir in "$@"; do
  [ -d "$dir" ] || { failed+=("run.sh: $dir is not a directory"); continue; }
  echo "== $dir"

  # (a) vnu prints each error with its file:line:col; exit 1 on any error.
  echo "-- vnu"
  java -jar "$jar" --skip-non-html --errors-only "$dir" 2>&1 || failed+=("vnu: $dir (see messages above)")

  # (b) Structured data: one line per issue, then a summary line.
  echo "-- sdv"
  mapfile -t pages < <(find "$dir" -name '*.html' -type f | sort)
  if [ ${#pages[@]} -eq 0 ]; then
    failed+=("sdv: $dir has no .html files")
  else
    node "$here/sdv.mjs" "${pages[@]}" || failed+=("sdv: $dir (ERROR lines above)")
  fi

  # (c) Sitemaps must be well-formed XML.
  echo "-- xmllint"
  while IFS= read -r xml; do
    xmllint --noout "$xml" 2>&1 && echo "$xml: ok" || failed+=("xmllint: $xml")
  done < <(find "$dir" -name 'sitemap*.xml' -type f | sort)
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED:"; printf '  %s\n' "${failed[@]}"; exit 1
fi
echo "all validators passed"
