#!/usr/bin/env bash
# `npm run bench:triggers` (not in CI): the built package in a real n8n 2.x,
# each trigger against n8n's own Webhook node under load (bench/triggers/run.ts).
# Builds and packs the package, installs the pinned n8n (cached, see
# install-n8n.sh), then runs the benchmark. Run through scripts/node24.sh.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# dist/ is shared with whoever else builds in this tree: pack right after the
# build, and build again if the package lacks a node file.
for attempt in 1 2 3; do
	npm run build >/dev/null
	tarball="$out/$(npm pack --silent --pack-destination "$out" | tail -n 1)"
	nodes=$(tar tzf "$tarball" | grep -c '\.node\.js$' || true)
	[ "$nodes" -ge 8 ] && break
	echo "› the package has $nodes node files; building again" >&2
done
echo "› packed $tarball" >&2
N8N_BIN=$(bash scripts/install-n8n.sh | tail -n 1)
export N8N_BIN MSUITE_TARBALL="$tarball"
node --import tsx bench/triggers/run.ts "$@"
