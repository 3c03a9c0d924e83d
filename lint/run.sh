#!/usr/bin/env bash
# Lints every processes/*.bpmn and processes/generated/*.bpmn (skeletons) with .bpmnlintrc (bpmnlint:recommended, Camunda 7.24 compatibility, Motcua's
# rules). Exits non-zero on any error; warnings are printed only. Offline after the first `npm ci`.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x node_modules/.bin/bpmnlint ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --prefer-offline >/dev/null
fi
shopt -s nullglob
files=(../processes/*.bpmn ../processes/generated/*.bpmn)
if [ ${#files[@]} -eq 0 ]; then
  echo "no processes/*.bpmn to lint" >&2
  exit 1
fi
exec node_modules/.bin/bpmnlint --config ../.bpmnlintrc "${files[@]}"
