#!/usr/bin/env bash
# Installs a pinned n8n (N8N_VERSION, default 2.41.1; the suites are tested
# with 2.41.1 and 1.123.81) into a cache outside the repository (about 5
# minutes and 3 GB the first time; instant afterwards) and prints the path of
# its `n8n` binary. n8n 2.x is installed and built under Node 24 (run this
# through scripts/node24.sh), n8n 1.x under Node 20, its runtime (this script
# runs itself through scripts/node20.sh).
#
# The registry lacks packages n8n needs, so: n8n 2.41.1 (2.41.3 wants a
# missing @n8n/agents) with linkedom pinned to 0.18.12; n8n 1.x's xlsx is a
# tarball on SheetJS's own server, replaced by the registry's last xlsx,
# 0.18.5. Installed without install scripts (the Kafka client's native build
# needs the internet), then sqlite3's native module built from source against
# the headers of the Node that will run n8n.
set -euo pipefail
N8N_VERSION=${N8N_VERSION:-2.41.1}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ $N8N_VERSION == 1.* ]] && ! node -v | grep -q '^v20\.'; then
	exec bash "$here/node20.sh" bash "$here/install-n8n.sh"
fi
cache=${MSUITE_CACHE:-$HOME/.cache/n8n-nodes-messaging-suite}
dir="$cache/n8n-$N8N_VERSION"
bin="$dir/node_modules/.bin/n8n"

if [ -f "$dir/.ready" ] && [ -x "$bin" ]; then
	echo "$bin"
	exit 0
fi
echo "› installing n8n@$N8N_VERSION into $dir (first run only, several minutes)" >&2
overrides='"linkedom": "0.18.12"'
[[ $N8N_VERSION == 1.* ]] && overrides+=', "xlsx": "0.18.5"'
mkdir -p "$dir"
cat >"$dir/package.json" <<JSON
{
	"name": "msuite-n8n-runtime",
	"private": true,
	"dependencies": { "n8n": "$N8N_VERSION" },
	"overrides": { $overrides }
}
JSON
(cd "$dir" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
sqlite=$(cd "$dir" && node -p "require('path').dirname(require.resolve('sqlite3/package.json', { paths: [require('path').dirname(require.resolve('n8n/package.json'))] }))")
echo "› building sqlite3 in $sqlite" >&2
gyp="$(dirname "$(command -v npm)")/../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js"
[ -f "$gyp" ] || gyp=$(node -p "require.resolve('node-gyp/bin/node-gyp.js', { paths: ['$dir/node_modules'] })" 2>/dev/null || true)
# This Node's headers: those node24.sh or node20.sh point at, or those beside
# this Node (actions/setup-node ships them).
nodedir=${npm_config_nodedir:-}
if [ -z "$nodedir" ] || [ ! -f "$nodedir/include/node/node.h" ]; then
	nodedir=$(dirname "$(dirname "$(command -v node)")")
fi
(cd "$sqlite" && node "$gyp" rebuild --nodedir="$nodedir" >&2)
touch "$dir/.ready"
echo "$bin"
