#!/usr/bin/env bash
# Builds the site from content/ and serves it with search on http://localhost:5080.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f /usr/share/dict/dutch ] && [ "$(id -u)" -eq 0 ]; then
  # The Dutch word list makes search split compounds (vastgoedcriminaliteit → vastgoed + criminaliteit).
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wdutch) >/dev/null || true
fi
exec dotnet run --project src/Kennisplatform.Cli --configuration Release -- serve "$@"
