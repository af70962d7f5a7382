#!/usr/bin/env bash
# Debian's Chromium for the editor (UI) suite, driven by playwright-core
# (test/e2e/ui.e2e.ts). Prints the browser's path. Installs the `chromium`
# package when it is missing and we are root; otherwise says what to run.
set -euo pipefail
for candidate in "${CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
	if [ -n "$candidate" ] && [ -x "$candidate" ]; then
		echo "$candidate"
		exit 0
	fi
done
if [ "$(id -u)" != 0 ]; then
	echo "the UI suite needs Chromium: apt-get install chromium" >&2
	exit 1
fi
echo "› installing Chromium (Debian package)" >&2
apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
echo /usr/bin/chromium
