#!/usr/bin/env bash
# `npm run test:e2e`: the built package inside a real n8n 2.x. Builds and packs
# the package, installs the pinned n8n (cached, see install-n8n.sh), then runs
# test/e2e with Jest. Run through scripts/node24.sh.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
started=$(date +%s)

npm run build >/dev/null
out=$(mktemp -d)
tarball="$out/$(npm pack --silent --pack-destination "$out" | tail -n 1)"
echo "› packed $tarball" >&2

n8n_started=$(date +%s)
N8N_BIN=$(bash scripts/install-n8n.sh | tail -n 1)
echo "› n8n ready in $(( $(date +%s) - n8n_started )) s: $N8N_BIN" >&2

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
export N8N_BIN MSUITE_TARBALL="$tarball"
status=0
jest -c jest.e2e.config.js "$@" || status=$?
rm -rf "$out"
echo "› end-to-end suite took $(( $(date +%s) - started )) s" >&2
exit $status
