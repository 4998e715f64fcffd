#!/usr/bin/env bash
# Runs every test of the platform on a fresh machine: restores packages, builds, runs the .NET suites and the
# browser tests (installing Debian's chromium and the npm packages when missing), and ends with one line
# "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "dotnet SDK not found: install .NET 10 first" >&2
  exit 1
fi

# The Dutch word list for compound splitting (Debian's wdutch).
if [ ! -f /usr/share/dict/dutch ]; then
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wdutch) >/dev/null \
      || echo "warning: could not install wdutch; compound splitting tests will fail" >&2
  else
    sudo apt-get install -y -qq wdutch >/dev/null || echo "warning: install wdutch for compound splitting" >&2
  fi
fi

# PostgreSQL for the network's store tests: the tests start their own server in a temporary folder.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null \
      || echo "warning: could not install postgresql; the PostgreSQL store tests will fail" >&2
  else
    sudo apt-get install -y -qq postgresql >/dev/null || echo "warning: install postgresql for the store tests" >&2
  fi
fi

# nginx and openssl for the end-to-end test of deploy/nginx.conf (the test starts its own nginx on free ports).
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ] || ! command -v openssl >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx openssl) >/dev/null \
      || echo "warning: could not install nginx; the nginx end-to-end tests will fail" >&2
  else
    sudo apt-get install -y -qq nginx openssl >/dev/null || echo "warning: install nginx for the end-to-end tests" >&2
  fi
fi

results="$(mktemp -d)"
dotnet restore Kennisplatform.sln --verbosity quiet || exit 1
dotnet build Kennisplatform.sln --no-restore --configuration Release --verbosity quiet -nologo || exit 1

status=0
# The test projects are Microsoft.Testing.Platform apps (xunit v3; global.json selects that mode of `dotnet test`).
summary="$results/summary.txt"
dotnet test --solution Kennisplatform.sln --no-build --configuration Release --verbosity quiet \
  --report-xunit-trx --results-directory "$results" 2>&1 | tee "$summary"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

# Count outcomes from the results rather than trusting the exit code alone: dotnet test's own summary over every
# project, and the projects' result files. Two projects that finish in the same microsecond write result files of the
# same name, one over the other, so the files alone can miss a whole project: the larger count of each kind is taken.
read -r passed failed < <(python3 - "$results" "$summary" <<'PY'
import glob, re, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed", 0))
    failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
totals = {}
for line in open(sys.argv[2], encoding="utf-8", errors="replace"):
    m = re.match(r"\s*(succeeded|failed):\s*(\d+)\s*$", re.sub(r"\x1b\[[0-9;]*m", "", line))
    if m: totals[m.group(1)] = int(m.group(2))
print(max(passed, totals.get("succeeded", 0)), max(failed, totals.get("failed", 0)))
PY
)
rm -rf "$results"

# Browser tests in headless Chromium (accessibility, keyboard, layout, no JavaScript); they print node's summary.
browser_log="$(mktemp)"
bash tests/browser/run.sh 2>&1 | tee "$browser_log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
browser_passed="$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$browser_log" | tail -n 1)"
browser_failed="$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$browser_log" | tail -n 1)"
passed=$((passed + ${browser_passed:-0}))
failed=$((failed + ${browser_failed:-1}))
rm -f "$browser_log"

echo "${passed} passed, ${failed} failed"
if [ "$status" -ne 0 ] || [ "${failed}" -ne 0 ] || [ "${passed}" -eq 0 ]; then exit 1; fi
