#!/usr/bin/env bash
# Dossier at scale, short version: builds the benchmarks in Release and runs every one of them
# briefly (BenchmarkDotNet in-process, few iterations, a subset of the dataset sizes), then
# prints one line per figure with its ratio, its goal and whether the goal is met. On two cores
# the throughput group (every layout at 10,000 and 100,000 records) takes some 10 to 20 minutes,
# the others a few minutes each. The figures also land in BenchmarkDotNet.Artifacts/figures.txt, and
# BenchmarkDotNet's log and tables beside them. docs/performance.md holds the latest figures.
#
#   tests/Dossier.Benchmarks/run.sh           # quick: the subset (run.sh's purpose)
#   tests/Dossier.Benchmarks/run.sh --full    # every size, 100 to 100,000 records (much longer)
#   tests/Dossier.Benchmarks/run.sh --only=incremental,throughput   # some groups: throughput, incremental, compile, startup, queries, consumer, tool
#
# The throughput cases of some formats only (DataFormat names), for example the YAML layouts, or of some sizes:
#   DOSSIER_BENCH_FORMATS=YamlArray,YamlFiles tests/Dossier.Benchmarks/run.sh --only=throughput
#   DOSSIER_BENCH_QUICK=1 DOSSIER_BENCH_FORMATS=YamlArray DOSSIER_BENCH_SIZES=10000 dotnet bin/Release/net10.0/Dossier.Benchmarks.dll --filter '*GeneratorThroughput*' --job short
#
# For one benchmark at full size with BenchmarkDotNet's defaults:
#   dotnet run -c Release --project tests/Dossier.Benchmarks -- --filter '*Startup*'
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

build_log="$(mktemp)"
trap 'rm -f "$build_log"' EXIT
if ! dotnet build -c Release --nologo Dossier.Benchmarks.csproj >"$build_log" 2>&1; then
  cat "$build_log" >&2
  exit 1
fi

dotnet bin/Release/net10.0/Dossier.Benchmarks.dll figures "$@"

# The consumer build (a project using the packed package) is timed as whole processes, here.
only="$(printf '%s\n' "$@" | sed -n 's/^--only=//p')"
if [ -z "$only" ] || [[ ",$only," == *",consumer,"* ]]; then
  ./consumer-build.sh 10000 3 | tee -a BenchmarkDotNet.Artifacts/figures.txt
fi

# The dossier tool against the build, and a watch re-check (tool-figures.sh), also as whole processes.
if [ -z "$only" ] || [[ ",$only," == *",tool,"* ]]; then
  ./tool-figures.sh | tee -a BenchmarkDotNet.Artifacts/figures.txt
fi
