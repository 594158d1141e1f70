#!/usr/bin/env bash
# Runs one of the project's npm scripts on a fresh machine: first brings Node >= 22.12,
# the npm packages (the chart images' fonts among them) and, for tests and benchmarks, Debian's Chromium.
#   bash scripts/run.sh serve                build the site and serve it on http://127.0.0.1:4321/
#   bash scripts/run.sh serve --production   the same through nginx, with the production headers
#   bash scripts/run.sh test                 every check (what CI runs)
set -euo pipefail
cd "$(dirname "$0")/.."

# --production is ours, not npm's: passed on, npm would take it for its own setting.
if [ "${1:-}" = serve ] && [ "${2:-}" = --production ]; then set -- serve:production "${@:3}"; fi

# Packages from Debian: Chromium for the browser tests and benchmarks. The fonts of the
# images drawn at build time come from npm (src/charts/lib/fonts.ts), not from the host.
packages=()
case "${1:-}" in
  test | test:e2e | bench | bench:*) [ -x /usr/bin/chromium ] || packages+=(chromium) ;;
esac
# nginx serves the build with the generated server block, in tests/e2e/nginx-serving.test.ts
# and for `serve --production`; its brotli module lets it send the precompressed .br files.
case "${1:-}" in
  test | test:e2e | serve:production)
    command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || packages+=(nginx)
    [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || packages+=(libnginx-mod-http-brotli-static)
    ;;
esac
# Java for the Nu HTML Checker (npm vnu-jar) that tests/build/vnu.test.ts runs over the site.
case "${1:-}" in
  test | test:build) command -v java >/dev/null || packages+=(default-jre-headless) ;;
esac
if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  else
    echo "run.sh: missing Debian packages: ${packages[*]} (install them as root)" >&2
    case "${1:-}" in test | test:e2e | test:build | bench | bench:* | serve:production) exit 1 ;; esac
  fi
fi

. scripts/ensure-node.sh

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # `npm ci` refuses this lock file: Astro's compiler lists one optional native binding per
  # platform, the registry here serves only linux-x64's, so npm could not record the others
  # and `npm ci` reports them missing. `npm install` then installs exactly the locked
  # versions of everything in the lock and skips the other platforms' bindings.
  npm ci --no-audit --no-fund 2>/dev/null || npm install --no-audit --no-fund
fi

exec npm run "$@"
