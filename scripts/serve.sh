#!/usr/bin/env bash
# Builds the site from content/ and serves it with search on http://localhost:5080.
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run --project src/Kennisplatform.Cli --configuration Release -- serve "$@"
