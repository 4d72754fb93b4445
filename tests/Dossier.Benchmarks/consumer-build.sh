#!/usr/bin/env bash
# The build a user feels: a console project that uses the packed Dossier package, with FILES
# one-record JSON files (default 10,000). Times `dotnet build` after a one-record edit against
# `dotnet build` with nothing changed, alternating the two, RUNS times each (default 3), and
# prints the medians and their ratio. Called by run.sh (group "consumer"); runs alone too:
#
#   tests/Dossier.Benchmarks/consumer-build.sh [FILES] [RUNS]
#
# Everything happens in a temporary folder: the package is packed there with a version unique to
# this run, and restored into a package folder of its own, so no cache serves an older build.
set -euo pipefail
files="${1:-10000}"
runs="${2:-3}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap '[ "${KEEP:-}" = 1 ] || rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 NUGET_PACKAGES="$work/packages"
version="0.1.0-consumer.$(date -u +%Y%m%d%H%M%S).$$"

dotnet pack "$repo/src/Dossier/Dossier.csproj" -c Release -o "$work/feed" --artifacts-path "$work/artifacts" \
  -p:Version="$version" -nodeReuse:false >"$work/pack.log" 2>&1 || { cat "$work/pack.log" >&2; exit 1; }

app="$work/app"
mkdir -p "$app/data/items"
cat >"$app/nuget.config" <<EOF
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
EOF
cat >"$app/App.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RootNamespace>App</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Dossier" Version="$version" />
  </ItemGroup>
</Project>
EOF
cat >"$app/Program.cs" <<'EOF'
System.Console.WriteLine(App.Data.Dataset.Items.Count);
EOF
for ((i = 0; i < files; i++)); do
  printf '{ "name": "Item %d", "rank": %d, "active": true, "city": "Almaty" }\n' "$i" "$i" >"$app/data/items/$(printf 'item-%06d' "$i").json"
done

build() { dotnet build "$app/App.csproj" -c Release -nodeReuse:false -v:q -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }; }
seconds() { local start end; start=$(date +%s%N); build; end=$(date +%s%N); awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

build # restore and the first, cold build
edited="$app/data/items/item-000500.json"
noop=() edit=()
for ((r = 0; r < runs; r++)); do
  noop+=("$(seconds)")
  printf '{ "name": "Item 500 (edit %d)", "rank": 500, "active": false, "city": "Almaty" }\n' "$r" >"$edited"
  edit+=("$(seconds)")
done

m_noop="$(median "${noop[@]}")"
m_edit="$(median "${edit[@]}")"
printf '2. consumer build, %d records: dotnet build after a one-record edit %.2f s vs with nothing changed %.2f s = %.2fx (medians of %d; no-op runs: %s; edit runs: %s)\n' \
  "$files" "$m_edit" "$m_noop" "$(awk -v a="$m_edit" -v b="$m_noop" 'BEGIN { print a / b }')" "$runs" "${noop[*]}" "${edit[*]}"
