#!/usr/bin/env bash
# Builds modeler-plugin/dist/client.js from .bpmnlintrc and lint/bpmnlint-plugin-motcua. Commit dist/ after a
# rule changes, so analysts can copy the folder without building.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --prefer-offline >/dev/null
npx --no-install webpack --config webpack.config.js
