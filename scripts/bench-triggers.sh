#!/usr/bin/env bash
# `npm run bench:triggers` (not in CI): the built package in a real n8n 2.x,
# each trigger against n8n's own Webhook node under load (bench/triggers/run.ts).
# Builds and packs the package, installs the pinned n8n (cached, see
# install-n8n.sh), then runs the benchmark. Run through scripts/node24.sh.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
npm run build >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
tarball="$out/$(npm pack --silent --pack-destination "$out" | tail -n 1)"
echo "› packed $tarball" >&2
N8N_BIN=$(bash scripts/install-n8n.sh | tail -n 1)
export N8N_BIN MSUITE_TARBALL="$tarball"
node --import tsx bench/triggers/run.ts "$@"
