#!/usr/bin/env bash
# The `dossier` tool against the build, in one run on this machine:
#   6. `dossier check` on 1,000 and 10,000 one-record JSON files against `dotnet build` of a
#      consumer project holding the same data, after an edit to one file (goal: <= 0.2x); the
#      first check also evaluates the project (later ones read obj/dossier.evaluation.json);
#   7. a `dossier check --watch` re-check after one edit at 10,000 files against its first check
#      (goal: <= 5 %).
# The consumer uses the generator as the repository's own projects do (Dossier.props/targets, the
# generator as an analyzer); its references are built once, then each build is `--no-dependencies`,
# so the build measured is the consumer's own: evaluation, the compiler and the generator.
# Called by run.sh; alone: tests/Dossier.Benchmarks/tool-figures.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
watch_pid=""
cleanup() {
  if [[ -n "$watch_pid" ]]; then kill "$watch_pid" 2>/dev/null || true; wait "$watch_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! dotnet build -c Release --nologo "$repo/src/Dossier.Tool/Dossier.Tool.csproj" >"$work/tool-build.log" 2>&1; then
  cat "$work/tool-build.log" >&2
  exit 1
fi
tool=(dotnet "$repo/src/Dossier.Tool/bin/Release/net10.0/Dossier.Tool.dll")

now_ms() { date +%s%3N; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
verdict() { awk -v r="$1" -v g="$2" 'BEGIN { print (r <= g ? "met" : "MISSED") }'; }

make_consumer() { # folder, record count
  local dir="$1" count="$2"
  mkdir -p "$dir/data/items"
  cat >"$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/src/Dossier/build/Dossier.props" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/src/Dossier/Dossier.csproj" />
    <ProjectReference Include="$repo/generators/Dossier.Generators/Dossier.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <Import Project="$repo/src/Dossier/build/Dossier.targets" />
</Project>
XML
  echo 'namespace Consumer; public static class Marker { }' >"$dir/Marker.cs"
  awk -v n="$count" -v dir="$dir/data/items" 'BEGIN {
    for (i = 1; i <= n; i++) {
      file = sprintf("%s/item-%06d.json", dir, i)
      printf "{ \"name\": \"Item %d\", \"count\": %d, \"price\": %d.25, \"date\": \"2025-%02d-%02d\", \"active\": %s, \"note\": %s }\n", i, i, i % 1000, (i % 12) + 1, (i % 28) + 1, (i % 2 ? "true" : "false"), (i % 3 ? "\"n\"" : "null") > file
      close(file)
    }
  }'
}

edit_one() { # folder, value
  printf '{ "name": "Item 1", "count": %d, "price": 1.25, "date": "2025-02-02", "active": true, "note": "n" }\n' "$2" >"$1/data/items/item-000001.json"
}

for count in 1000 10000; do
  dir="$work/c$count"
  make_consumer "$dir" "$count"
  # References and restore once; then the consumer's own build after each edit.
  dotnet build "$dir/Consumer.csproj" -c Release -nodeReuse:false >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
  best_build=""; best_check=""; first_check=""
  for rep in 1 2 3; do
    edit_one "$dir" "$((rep + 100))"
    t0=$(now_ms); dotnet build "$dir/Consumer.csproj" -c Release --no-restore --no-dependencies -nodeReuse:false >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }; t1=$(now_ms)
    build=$((t1 - t0))
    edit_one "$dir" "$((rep + 200))"
    t0=$(now_ms); (cd "$dir" && "${tool[@]}" check >"$work/check.log" 2>&1) || { cat "$work/check.log" >&2; exit 1; }; t1=$(now_ms)
    check=$((t1 - t0))
    if [[ -z "$first_check" ]]; then first_check=$check; fi
    if [[ -z "$best_build" || $build -lt $best_build ]]; then best_build=$build; fi
    if [[ -z "$best_check" || $check -lt $best_check ]]; then best_check=$check; fi
  done
  r=$(ratio "$best_check" "$best_build")
  r_first=$(ratio "$first_check" "$best_build")
  echo "6. tool check JsonFiles/Flat/$count: dossier check $best_check ms vs dotnet build $best_build ms (best of 3, each after an edit) = ${r}x | goal <= 0.2x: $(verdict "$r" 0.2)"
  echo "   (the first check, which evaluates the project with dotnet msbuild before the evaluation is cached: $first_check ms = ${r_first}x)"
done

# 7. Watch: first check, then one edit, at 10,000 files (the consumer above, its project read once).
dir="$work/c10000"
(cd "$dir" && exec "${tool[@]}" check --watch >"$work/watch.log" 2>&1) &
watch_pid=$!
wait_for() { # text, count
  for _ in $(seq 1 600); do
    if [[ $(grep -c "$1" "$work/watch.log" || true) -ge "$2" ]]; then return 0; fi
    sleep 0.1
  done
  echo "watch: '$1' did not appear" >&2; cat "$work/watch.log" >&2; exit 1
}
wait_for "first check took" 1
first=$(sed -n 's/.*first check took \([0-9.]*\) ms.*/\1/p' "$work/watch.log")
# Two edits first, not counted: the first re-checks JIT-compile the incremental paths (about
# 150 ms here), which a session pays once.
rechecks=()
for rep in 1 2 3 4 5 6 7; do
  sleep 0.5
  edit_one "$dir" "$((rep + 300))"
  wait_for "re-checked in" "$rep"
  if [[ $rep -gt 2 ]]; then
    rechecks+=("$(sed -n 's/.*re-checked in \([0-9.]*\) ms.*/\1/p' "$work/watch.log" | tail -1)")
  fi
done
warmup="$(sed -n 's/.*re-checked in \([0-9.]*\) ms.*/\1/p' "$work/watch.log" | head -2 | paste -sd' ')"
median=$(printf '%s\n' "${rechecks[@]}" | sort -n | sed -n 3p)
r=$(awk -v a="$median" -v b="$first" 'BEGIN { printf "%.1f", 100 * a / b }')
echo "7. tool watch JsonFiles/Flat/10000: re-check after one edit $median ms (median of ${rechecks[*]}; the first two, not counted: $warmup) vs first check $first ms = ${r} % | goal <= 5 %: $(verdict "$r" 5)"
