#!/usr/bin/env bash
# Dossier at scale, short version: builds the benchmarks in Release and runs every one of them
# briefly (BenchmarkDotNet in-process, few iterations, a subset of the dataset sizes), then
# prints one line per figure with its ratio, its goal and whether the goal is met. Takes a few
# minutes on two cores. The figures also land in BenchmarkDotNet.Artifacts/figures.txt, and
# BenchmarkDotNet's log and tables beside them. docs/performance.md holds the latest figures.
#
#   tests/Dossier.Benchmarks/run.sh           # quick: the subset (run.sh's purpose)
#   tests/Dossier.Benchmarks/run.sh --full    # every size, 100 to 100,000 records (much longer)
#   tests/Dossier.Benchmarks/run.sh --only=incremental,throughput   # some groups: throughput, incremental, compile, startup, queries, tool
#
# The tool group (tool-figures.sh: `dossier check` against `dotnet build`, and a watch re-check)
# runs after the others, in a few minutes more.
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

# --only=tool runs the tool group alone; --only without tool leaves it out.
only=""
figure_args=()
for arg in "$@"; do
  if [[ "$arg" == --only=* ]]; then only="${arg#--only=}"; fi
  figure_args+=("$arg")
done
run_tool=yes
run_figures=yes
if [[ -n "$only" ]]; then
  [[ ",$only," == *",tool,"* ]] || run_tool=no
  rest="$(echo ",$only," | sed 's/,tool,/,/g; s/^,//; s/,$//')"
  if [[ -z "$rest" ]]; then
    run_figures=no
  else
    figure_args=()
    for arg in "$@"; do
      if [[ "$arg" == --only=* ]]; then figure_args+=("--only=$rest"); else figure_args+=("$arg"); fi
    done
  fi
fi

if [[ "$run_figures" == yes ]]; then
  dotnet bin/Release/net10.0/Dossier.Benchmarks.dll figures "${figure_args[@]}"
fi
if [[ "$run_tool" == yes ]]; then
  ./tool-figures.sh
fi
