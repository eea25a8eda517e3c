#!/usr/bin/env bash
# The authoring benchmark: no-change builds and preview's save-to-served-page time at 10,000
# findings (see bench/AUTHORING.md). Not part of the test run.
# Usage: bench/authoring.sh [COUNT] [EDITS] [--preview-only]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release -v q src/Zhenggai.Cli/Zhenggai.Cli.csproj
dotnet run -c Release --project bench/Zhenggai.Bench.Authoring -- \
  --count "${1:-10000}" --edits "${2:-10}" --repo . --cli src/Zhenggai.Cli/bin/Release/net10.0/Zhenggai.Cli.dll ${3:-}
