#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing: Chromium for the
# browser tests (playwright-core drives /usr/bin/chromium; `npx playwright install` cannot
# download browsers here) and xmllint for the offline manifest check.
set -euo pipefail
need=()
[[ -x /usr/bin/chromium ]] || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
[[ ${#need[@]} -eq 0 ]] && exit 0
as_root=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then as_root=(sudo); else
    echo "Missing Debian packages: ${need[*]}. Install them as root: apt-get install -y ${need[*]}" >&2
    exit 1
  fi
fi
echo "Installing Debian packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
