#!/usr/bin/env bash
# Fetches the test-only tools the report tests use, from the npm registry, once per build dir:
#   axe-core       - the accessibility engine the HTML report is checked with in Chromium
#   @microsoft/jest-sarif - carries the OASIS SARIF 2.1.0 JSON schema the SARIF output is validated against
# Versions are pinned; nothing here ships in a jar.
set -euo pipefail
dir="$1"
mkdir -p "$dir"
cd "$dir"
fetch() { # package version file-inside-package target
  local pkg="$1" version="$2" inner="$3" target="$4"
  [ -s "$target" ] && return 0
  local tgz
  tgz=$(npm pack --silent "$pkg@$version" 2>/dev/null | tail -n 1)
  tar -xzf "$tgz" "package/$inner"
  mv "package/$inner" "$target"
  rm -rf package "$tgz"
}
fetch axe-core 4.11.0 axe.min.js axe.min.js
fetch @microsoft/jest-sarif 1.0.0-beta.0 lib/schemas/sarif-2.1.0-rtm.5.json sarif-2.1.0.json
