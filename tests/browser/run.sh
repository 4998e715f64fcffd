#!/usr/bin/env bash
# Browser tests in headless Chromium: accessibility (axe-core), keyboard-only search, layout at 375 and
# 1280 px, and search without JavaScript. From a fresh machine: installs Debian's chromium and the npm
# packages when missing, builds the site into a temporary folder, serves it on a free localhost port,
# runs `node --test`, stops the host and exits non-zero on any failure. The last lines printed are the
# test runner's own summary (# tests, # pass, # fail, ...).
#
#   tests/browser/run.sh                 # run the tests
#   SCREENSHOTS=1 tests/browser/run.sh   # also save screenshots into docs/screenshots/
#   KEEP_SITE=1 tests/browser/run.sh     # keep the temporary folder (site, host log) for inspection
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cli="src/Kennisplatform.Cli"
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"

say() { echo "[browser-tests] $*"; }
die() { echo "[browser-tests] error: $*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else return 1
  fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

# --- what the tests need -------------------------------------------------------------------------
command -v dotnet >/dev/null 2>&1 || die "dotnet SDK not found: install .NET 10 first"

if [ ! -x "$chromium_path" ]; then
  say "installing Debian's chromium (never a downloaded browser build)"
  apt_install chromium >/dev/null || die "could not install chromium (apt-get install -y chromium)"
  [ -x "$chromium_path" ] || die "chromium installed, but $chromium_path is missing"
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  say "installing Node.js and npm"
  apt_install nodejs npm >/dev/null || die "could not install nodejs and npm"
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "Node.js $(node --version) is too old: playwright-core needs Node.js 20 or later"

# The Dutch word list makes search split compounds, as scripts/test.sh and scripts/serve.sh install it.
if [ ! -f /usr/share/dict/dutch ]; then
  apt_install wdutch >/dev/null || say "warning: could not install wdutch; search splits no compounds"
fi

# npm ci when node_modules is missing or was installed from another package-lock.json.
lock_stamp="$here/node_modules/.package-lock.sha256"
lock_sum="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
if [ ! -f "$lock_stamp" ] || [ "$(cat "$lock_stamp")" != "$lock_sum" ]; then
  say "npm ci"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
  echo "$lock_sum" >"$lock_stamp"
fi

# --- build and serve the site --------------------------------------------------------------------
tmp="$(mktemp -d "${TMPDIR:-/tmp}/kp-browser.XXXXXX")"
host_pid=""

stop_host() {
  if [ -n "$host_pid" ] && kill -0 "$host_pid" 2>/dev/null; then
    # The host runs in its own process group (setsid): `dotnet run` and the app it starts stop together.
    kill -TERM -- "-$host_pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$host_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$host_pid" 2>/dev/null
    wait "$host_pid" 2>/dev/null
  fi
  host_pid=""
}

cleanup() {
  stop_host
  if [ "${KEEP_SITE:-0}" = "1" ]; then say "kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cd "$root" || die "cannot enter $root"

# The real content plus fixed test pages (tests/fixtures/browser/, e.g. news items), so that tests of
# dated content do not depend on what the site holds today.
say "copying content/ and tests/fixtures/browser/ into $tmp/content"
cp -R content "$tmp/content" || die "could not copy content/"
cp -R tests/fixtures/browser/. "$tmp/content/" || die "could not copy tests/fixtures/browser/"

port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
base_url="http://127.0.0.1:$port"

# Built for the address it is served from, as in production: absolute links (feeds, canonical URLs) lead back to it.
say "building the site into $tmp/_site for $base_url"
if ! dotnet run -c Release --project "$cli" -- build --content "$tmp/content" --output "$tmp/_site" --base-url "$base_url" >"$tmp/build.log" 2>&1; then
  grep -v ': warning ' "$tmp/build.log" | tail -n 40 >&2
  die "the site build failed"
fi

# The network (closed part): test accounts, a fresh SQLite database and e-mail as .eml files, all in the temporary folder.
node "$here/lib/network.mjs" users "$tmp/gebruikers.json" || die "could not write the test users"
mail_folder="$tmp/mail"

say "serving on $base_url"
# --no-build: the build step above just compiled the same project in the same configuration.
Toegang__UsersFile="$tmp/gebruikers.json" Netwerk__SqliteFile="$tmp/netwerk.db" Netwerk__Mail__PickupFolder="$mail_folder" \
setsid dotnet run -c Release --no-build --project "$cli" -- serve --site "$tmp/_site" --urls "$base_url" \
  >"$tmp/host.log" 2>&1 </dev/null &
host_pid=$!

healthy=0
for _ in $(seq 1 240); do
  if ! kill -0 "$host_pid" 2>/dev/null; then break; fi
  if node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "$base_url/healthz"; then
    healthy=1; break
  fi
  sleep 0.5
done
if [ "$healthy" -ne 1 ]; then
  tail -n 40 "$tmp/host.log" >&2
  die "the host did not answer $base_url/healthz"
fi

# --- run -----------------------------------------------------------------------------------------
status=0
if [ "${SCREENSHOTS:-0}" = "1" ]; then
  say "screenshots into docs/screenshots/"
  BASE_URL="$base_url" CHROMIUM_PATH="$chromium_path" node "$here/screenshots.mjs" || status=1
fi

say "node --test"
summary_re='^# (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) '
# Everything is shown as it comes except the closing summary, which is printed once, at the very end.
BASE_URL="$base_url" CHROMIUM_PATH="$chromium_path" MAIL_FOLDER="$mail_folder" \
  node --test --test-reporter=tap "$here"/test/*.test.mjs | tee "$tmp/tap.txt" | grep --line-buffered -vE "$summary_re"
test_status=${PIPESTATUS[0]}
[ "$test_status" -eq 0 ] || status=1

stop_host
if [ "$status" -ne 0 ] && [ -s "$tmp/host.log" ]; then
  echo "--- last lines of the host log ---"
  tail -n 20 "$tmp/host.log"
fi

# The runner's summary comes last, after the clean-up has said what it has to say.
summary="$(grep -E "$summary_re" "$tmp/tap.txt" | tail -n 8)"
trap - EXIT
cleanup
if [ -z "$summary" ]; then
  echo "# pass 0"
  echo "# fail 1"
  exit 1
fi
echo "$summary"
exit "$status"
