#!/usr/bin/env bash
# Browser tests against a freshly started Motcua: a new H2 database in a temp dir, a free port, the demo
# data; waits for health, runs `node --test` in e2e/, stops the app. Called from .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

WORK=$(mktemp -d -t motcua-e2e-XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ ! -d e2e/node_modules/playwright-core ]; then
  (cd e2e && npm ci --no-audit --no-fund)
fi
JAR=$(ls target/motcua-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/motcua-*.jar | grep -v plain | head -n 1)
fi

echo "Starting Motcua on port $PORT with a fresh database in $WORK"
(cd "$WORK" && exec java -jar "$ROOT/$JAR" --server.port="$PORT" \
  --spring.datasource.url="jdbc:h2:file:$WORK/motcua;DB_CLOSE_ON_EXIT=FALSE" \
  --motcua.documents.dir="$WORK/documents" --motcua.signature.demo-dir="$WORK/signature" >"$WORK/app.log" 2>&1) &
APP_PID=$!

for _ in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "Motcua stopped while starting:"; tail -n 80 "$WORK/app.log"; exit 1; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { echo "Motcua did not become healthy"; tail -n 80 "$WORK/app.log"; exit 1; }

# evidence of each failing test: target/e2e/failures/<spec>/<test>/ (harness.mjs), with the app's log
FAILURES="$ROOT/target/e2e/failures"
rm -rf "$FAILURES"
mkdir -p "$FAILURES"
cd e2e
status=0
MOTCUA_URL="http://127.0.0.1:$PORT" node --test ./*.spec.mjs || status=$?
if [ "$status" -ne 0 ]; then
  cp "$WORK/app.log" "$ROOT/target/e2e/app.log" || true
  find "$FAILURES" -name error.txt | while read -r error; do cp "$WORK/app.log" "$(dirname "$error")/app.log"; done
fi
exit "$status"
