#!/usr/bin/env bash
# Runs a command under Node 20, the runtime of n8n 1.x: NODE20 if set, else
# the first `node` on PATH that is Node 20 (the machine's own, also when
# scripts/node24.sh has put Node 24 first), else Node 20 installed from the npm
# registry (package `node@20`) into a cache outside the repository. Exports
# NODE20 (that binary) and npm_config_nodedir (its headers, for native builds)
# and puts it first on PATH.
#
#   bash scripts/node20.sh <command> [args...]
set -euo pipefail
cache=${MSUITE_CACHE:-$HOME/.cache/n8n-nodes-messaging-suite}

is20() { [ -x "$1" ] && "$1" -v 2>/dev/null | grep -q '^v20\.'; }

if [ -z "${NODE20:-}" ] || ! is20 "$NODE20"; then
	NODE20=
	IFS=: read -ra dirs <<<"$PATH"
	for d in "${dirs[@]}"; do
		if is20 "$d/node"; then
			NODE20="$d/node"
			break
		fi
	done
fi
if [ -z "$NODE20" ]; then
	node20="$cache/node20"
	if ! is20 "$node20/node_modules/.bin/node"; then
		echo "› installing Node 20 into $node20" >&2
		mkdir -p "$node20"
		(cd "$node20" && npm install --prefix "$node20" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts=false node@20 >&2)
	fi
	NODE20="$node20/node_modules/.bin/node"
fi
NODE20=$(readlink -f "$NODE20")

# Its headers: beside the binary (<prefix>/include/node: Debian's nodejs,
# actions/setup-node) or, for the registry's package, in its platform package.
nodedir=$(dirname "$(dirname "$NODE20")")
if [ ! -f "$nodedir/include/node/node.h" ]; then
	nodedir=$(find "$nodedir" -path '*/include/node/node.h' -print -quit 2>/dev/null | sed 's|/include/node/node.h$||')
fi
export NODE20 npm_config_nodedir="$nodedir"
export PATH="$(dirname "$NODE20"):$PATH"
exec "$@"
