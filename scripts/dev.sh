#!/usr/bin/env bash
# `npm run dev`: builds the package and starts a real n8n 2.x at
# http://localhost:5678 with it loaded, on n8n's embedded SQLite.
# Node 24 and n8n are installed on first use into ~/.cache (see node24.sh and
# install-n8n.sh); n8n's data lives in .n8n-dev/ of this checkout.
# Run `npm run build:watch` in another terminal to reload on changes.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/node24.sh npm run build
n8n=$(bash scripts/node24.sh bash scripts/install-n8n.sh | tail -n 1)

export N8N_USER_FOLDER=${N8N_USER_FOLDER:-$root/.n8n-dev}
custom="$N8N_USER_FOLDER/.n8n/custom"
mkdir -p "$custom/node_modules"
# n8n's custom-extension loader picks up every *.node.js / *.credentials.js under
# this folder (as CUSTOM.<name>), the way `n8n-node dev` links a package.
ln -sfn "$root/dist" "$custom/node_modules/n8n-nodes-messaging-suite"

export N8N_PORT=${N8N_PORT:-5678}
export N8N_DEV_RELOAD=true
export N8N_DIAGNOSTICS_ENABLED=false
export N8N_VERSION_NOTIFICATIONS_ENABLED=false
export N8N_PERSONALIZATION_ENABLED=false
export N8N_SECURE_COOKIE=false
export N8N_RUNNERS_BROKER_PORT=${N8N_RUNNERS_BROKER_PORT:-5679}
export DB_TYPE=sqlite

echo "› n8n starts at http://localhost:$N8N_PORT (data in $N8N_USER_FOLDER); Ctrl+C to stop" >&2
exec bash scripts/node24.sh "$n8n" start
