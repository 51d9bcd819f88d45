#!/usr/bin/env bash
# Makes sure a Chromium exists for the end-to-end tests, in the same order the
# Playwright config looks for one: CHROMIUM_PATH, Playwright's own download,
# /usr/bin/chromium; on Debian as root, installs the distro package as a last resort
# (Playwright cannot download its own browser on machines without open internet).
set -euo pipefail
if [[ -n "${CHROMIUM_PATH:-}" && -x "${CHROMIUM_PATH}" ]]; then exit 0; fi
if compgen -G "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}/chromium*/chrome-linux*/chrome" >/dev/null; then exit 0; fi
if [[ -x /usr/bin/chromium ]]; then exit 0; fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "No Chromium found: installing Debian's chromium package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [[ -x /usr/bin/chromium ]] && exit 0
fi
echo "No Chromium found. Install one (e.g. 'apt-get install chromium') or set CHROMIUM_PATH to its executable." >&2
exit 1
