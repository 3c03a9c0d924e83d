#!/usr/bin/env bash
# Browser tests against a freshly started Motcua: a new H2 database in a temp dir, a free port, the demo
# data; waits for health (UP only once the demo data is loaded), runs the specs, stops the app.
#
#   e2e/run.sh [spec...] [--times N]
#
# spec: a file in e2e/ with or without ".spec.mjs" (default: all of them). --times N runs them N times in a
# row against the same app start. Prints one line per run and a final count; exits non-zero if any test
# failed. Evidence of each failure: target/e2e/failures/<spec>/<test>/ (run-k/ below it with --times > 1),
# with app.log copied in. Called from .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

TIMES=1
SPECS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --times) TIMES=${2:?--times needs a number}; shift 2 ;;
    --times=*) TIMES=${1#--times=}; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) name=$(basename "$1"); name=${name%.mjs}; name=${name%.spec}; SPECS+=("$name.spec.mjs"); shift ;;
  esac
done
[[ "$TIMES" =~ ^[1-9][0-9]*$ ]] || { echo "--times: a positive number, not '$TIMES'" >&2; exit 2; }
if [ ${#SPECS[@]} -eq 0 ]; then
  SPECS=($(cd e2e && ls ./*.spec.mjs | sed 's|^\./||'))
fi
for spec in "${SPECS[@]}"; do
  [ -f "e2e/$spec" ] || { echo "No such browser test: e2e/$spec" >&2; exit 2; }
done

WORK=$(mktemp -d -t motcua-e2e-XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
# the national portal's address: nobody listens there, except while dong-bo-cong-dvc.spec.mjs runs its double, so
# the portal's events are tried, fail and are parked after two attempts (the Cockpit page "Đồng bộ Cổng DVC")
PORTAL_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
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
  --motcua.documents.dir="$WORK/documents" --motcua.signature.demo-dir="$WORK/signature" \
  --motcua.integration.lgsp.base-url="http://127.0.0.1:$PORTAL_PORT" --motcua.integration.outbox.max-attempts=2 \
  --motcua.integration.outbox.backoff=PT1S --motcua.integration.outbox.poll=PT2S >"$WORK/app.log" 2>&1) &
APP_PID=$!

# /actuator/health includes the readiness state, which turns UP after the demo data is loaded
for _ in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "Motcua stopped while starting:"; tail -n 80 "$WORK/app.log"; exit 1; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { echo "Motcua did not become healthy"; tail -n 80 "$WORK/app.log"; exit 1; }

# the webapps load their plugins' scripts with RequireJS, which gives up after 7 s ("Load timeout for modules:
# cockpit-plugin-cockpitPlugins/plugin"): on a just-started server under load the first request to each webapp's plugin
# bundle can take longer than that, and the first test that opens Cockpit failed at its login. Ask for them once.
for app in cockpit tasklist admin; do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/camunda/app/$app/default/" || true
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/camunda/api/$app/plugin/${app}Plugins/static/app/plugin.js" || true
done

FAILURES="$ROOT/target/e2e/failures"
rm -rf "$FAILURES"
mkdir -p "$FAILURES"

# counts from a run's TAP report: "# pass N" / "# fail N" (node --test's summary)
count() { sed -n "s/^# $1 \([0-9]*\)$/\1/p" "$2" | tail -n 1; }

total_pass=0; total_fail=0; failed_runs=0
started=$SECONDS
for run in $(seq 1 "$TIMES"); do
  run_started=$SECONDS
  tap="$WORK/run-$run.tap"
  status=0
  if [ "$TIMES" -gt 1 ]; then export E2E_RUN=$run; fi
  (cd e2e && MOTCUA_URL="http://127.0.0.1:$PORT" MOTCUA_PORTAL_PORT="$PORTAL_PORT" node --test --test-concurrency=1 \
      --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter=tap --test-reporter-destination="$tap" "${SPECS[@]}") || status=$?
  pass=$(count pass "$tap"); fail=$(count fail "$tap")
  pass=${pass:-0}; fail=${fail:-0}
  if [ "$status" -ne 0 ] && [ "$fail" -eq 0 ]; then fail=1; fi  # node failed outside a test (a spec did not load)
  total_pass=$((total_pass + pass)); total_fail=$((total_fail + fail))
  if [ "$fail" -gt 0 ]; then
    failed_runs=$((failed_runs + 1))
    # the server's side of each new failure
    find "$FAILURES" -name error.txt | while read -r error; do
      dir=$(dirname "$error")
      [ -f "$dir/app.log" ] || cp "$WORK/app.log" "$dir/app.log"
    done
    cp "$WORK/app.log" "$ROOT/target/e2e/app.log"
  fi
  echo "browser run $run/$TIMES: $pass passed, $fail failed, $((SECONDS - run_started)) s"
done

echo "browser tests: $total_pass passed, $total_fail failed in $TIMES run(s) ($failed_runs failed), $((SECONDS - started)) s"
if [ "$total_fail" -gt 0 ]; then
  echo "Evidence of the failures: $FAILURES"
  exit 1
fi
