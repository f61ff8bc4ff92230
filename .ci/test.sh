#!/usr/bin/env bash
# The test command (README): builds everything, starts a throw-away InfluxDB, runs every test project,
# prints a closing "N passed, N failed, N skipped" line and exits non-zero on any failure.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work=$(mktemp -d "${TMPDIR:-/tmp}/geoanomaly-test.XXXXXX")
cleanup() { bash "$root/.ci/influxd.sh" stop "$work/influx" >/dev/null 2>&1 || true; }
trap cleanup EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! url=$(bash "$root/.ci/influxd.sh" start "$work/influx"); then
  echo "could not start InfluxDB; integration tests cannot run" >&2
  exit 1
fi
export GEOANOMALY_INFLUX_URL="$url"
echo "InfluxDB for tests: $url"

# The HTML report's browser check (Host.Tests) needs headless Chromium; install Debian's package when missing (root, as on CI).
if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium not found; installing Debian's chromium package"
  if ! (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq chromium) >&2; then
    echo "could not install chromium; the browser tests will skip (or fail when CI=true)" >&2
  fi
fi

# The dashboard type check (IntegrationTests) compiles the dashboards with tsc from npm; install Node.js when missing.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "node/npm not found; installing Debian's nodejs and npm packages"
  if ! (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq nodejs npm) >&2; then
    echo "could not install nodejs/npm; the dashboard type check will fail when CI=true" >&2
  fi
fi

echo "== build"
if ! dotnet build GeoAnomaly.sln -c Release -nologo -v minimal; then
  echo "0 passed, 1 failed"
  echo "build failed" >&2
  exit 1
fi

echo "== test"
dotnet test GeoAnomaly.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$work/results"
status=$?

passed=0; failed=0; skipped=0
for trx in "$work"/results/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$passed" -eq 0 ]; then echo "no test passed" >&2; status=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
