#!/usr/bin/env bash
# Regenerates PublicAPI.Unshipped.txt of a project from the analyzer's RS0016 warnings (review the diff!).
set -euo pipefail
proj=${1:?usage: publicapi.sh path/to/project-folder}
printf '#nullable enable\n' > "$proj/PublicAPI.Unshipped.txt"
dotnet build "$proj" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 \
  | grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" | sort -u >> "$proj/PublicAPI.Unshipped.txt" || true
grep -q '#nullable enable' "$proj/PublicAPI.Shipped.txt" || printf '#nullable enable\n' > "$proj/PublicAPI.Shipped.txt"
