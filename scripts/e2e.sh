#!/usr/bin/env bash
# `npm run test:e2e`: the built package inside a real n8n. Builds and packs the
# package, then for each n8n version installs it (cached, see install-n8n.sh)
# and runs test/e2e with Jest against it: n8n 2.41.1 under Node 24 and n8n
# 1.123.81 (the newest 1.x) under Node 20, the runtime of each. N8N_VERSION
# chooses the versions (one, or several separated by spaces; both by
# default). Run through scripts/node24.sh; Jest and the fakes run under Node
# 24, n8n under its own.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
started=$(date +%s)

npm run build >/dev/null
out=$(mktemp -d)
tarball="$out/$(npm pack --silent --pack-destination "$out" | tail -n 1)"
echo "› packed $tarball" >&2

versions=${N8N_VERSION:-2.41.1 1.123.81}

# Queue mode runs on PostgreSQL and Redis: the ones given in MSUITE_E2E_POSTGRES
# and MSUITE_E2E_REDIS (CI service containers), else Debian's packages.
if [ -n "${MSUITE_E2E_POSTGRES:-}" ] && [ -n "${MSUITE_E2E_REDIS:-}" ]; then
	echo "› queue mode on PostgreSQL ${MSUITE_E2E_POSTGRES#*@} and Redis $MSUITE_E2E_REDIS" >&2
elif ! command -v redis-server >/dev/null || [ ! -d /usr/lib/postgresql ]; then
	echo "› installing PostgreSQL and Redis (Debian packages)" >&2
	if [ "$(id -u)" != 0 ]; then
		echo "queue-mode tests need: apt-get install postgresql redis-server" >&2
		exit 1
	fi
	apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server >&2
fi

export CHROMIUM=${CHROMIUM:-$(bash scripts/install-chromium.sh | tail -n 1)} # the editor (UI) suite
export MSUITE_TARBALL="$tarball"
status=0
timings=()
for version in $versions; do
	version_started=$(date +%s)
	N8N_BIN=$(N8N_VERSION=$version bash scripts/install-n8n.sh | tail -n 1)
	# The Node that runs this n8n: Node 20 for n8n 1.x, this one (24) for 2.x.
	if [[ $version == 1.* ]]; then
		N8N_NODE=$(bash scripts/node20.sh bash -c 'echo "$NODE20"')
	else
		N8N_NODE=$(command -v node)
	fi
	echo "› n8n $version ready in $(( $(date +%s) - version_started )) s: $N8N_BIN on Node $("$N8N_NODE" -v)" >&2
	export N8N_BIN N8N_NODE
	jest -c jest.e2e.config.js "$@" || status=$?
	timings+=("n8n $version: $(( $(date +%s) - version_started )) s")
done
rm -rf "$out"
printf '› %s\n' "${timings[@]}" >&2
echo "› end-to-end suite took $(( $(date +%s) - started )) s" >&2
exit $status
