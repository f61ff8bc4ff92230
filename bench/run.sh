#!/usr/bin/env bash
# Runs the benchmarks in Release against a throw-away InfluxDB (installed if missing) and keeps the reports in
# bench/results/. Ratios are against curl measured in the same run. Usage: bash bench/run.sh [BenchmarkDotNet args]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/geoanomaly-bench.XXXXXX")
trap 'bash "$root/.ci/influxd.sh" stop "$work/influx" >/dev/null 2>&1 || true' EXIT
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl; }
export GEOANOMALY_INFLUX_URL=$(bash "$root/.ci/influxd.sh" start "$work/influx")
echo "InfluxDB for benchmarks: $GEOANOMALY_INFLUX_URL"
cd "$root"
dotnet build bench/GeoAnomaly.Benchmarks -c Release -nologo -v q
# BenchmarkDotNet looks for the project file from the current folder
cd "$root/bench/GeoAnomaly.Benchmarks"
dotnet bin/Release/net10.0/GeoAnomaly.Benchmarks.dll --filter "${@:-*}" --artifacts "$work/bdn" | tee "$work/bdn.log"
if grep -q "executed benchmarks: 0" "$work/bdn.log" || grep -q "Benchmarks with issues" "$work/bdn.log"; then
  echo "some benchmarks did not run; see the log above" >&2
  exit 1
fi
mkdir -p "$root/bench/results"
cp "$work"/bdn/results/*-report-github.md "$root/bench/results/" 2>/dev/null || true
echo "reports: $root/bench/results/"
