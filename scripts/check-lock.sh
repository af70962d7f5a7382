#!/usr/bin/env bash
# Fails when package-lock.json has drifted from package.json: `npm ci` must
# accept it (npm 11 also wants every platform's optional bindings recorded),
# and re-resolving it in a scratch copy must leave it byte-for-byte unchanged.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
npm ci --dry-run --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null
if [ "$(npm -v | cut -d. -f1)" -lt 11 ]; then
	# npm 10 rewrites the lock without npm 11's `libc` fields: compare with npm 11 only.
	echo "package-lock.json accepted by npm ci (npm $(npm -v); the byte-for-byte check needs npm 11)"
	exit 0
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp package.json package-lock.json "$scratch/"
(cd "$scratch" && npm install --package-lock-only --omit-lockfile-registry-resolved --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
if ! cmp -s package-lock.json "$scratch/package-lock.json"; then
	diff -u package-lock.json "$scratch/package-lock.json" | head -40 >&2
	echo "package-lock.json has drifted from package.json: run \`npm install --package-lock-only\` and commit it" >&2
	exit 1
fi
echo "package-lock.json in sync ($(grep -c '"node_modules/' package-lock.json) packages, npm $(npm -v))"
