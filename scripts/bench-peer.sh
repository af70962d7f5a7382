#!/usr/bin/env bash
# `npm run bench:peer`: our nodes against n8n's HTTP Request node inside a real
# n8n 2.x (bench/peer/run.ts). Builds and packs the package, installs the pinned
# n8n (cached, see install-n8n.sh), then runs the scenarios. Not part of CI.
# Run through scripts/node24.sh. Knobs: BENCH_N, BENCH_SCENARIOS, BENCH_SIDES,
# BENCH_MINUTE_MS, BENCH_OUT, BENCH_CPU_PROFILE (see bench/peer/run.ts).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

if [ -z "${MSUITE_TARBALL:-}" ]; then
	npm run build >/dev/null
	out=$(mktemp -d)
	trap 'rm -rf "$out"' EXIT
	MSUITE_TARBALL="$out/$(npm pack --silent --pack-destination "$out" | tail -n 1)"
	echo "› packed $MSUITE_TARBALL" >&2
fi
N8N_BIN=$(bash scripts/install-n8n.sh | tail -n 1)
export N8N_BIN MSUITE_TARBALL
node --import tsx bench/peer/run.ts
