#!/usr/bin/env bash
# Load test of a running Skein: sends one merged query (fields of both demo upstreams) and one
# single-upstream query over HTTP with wrk, each for a fixed time, and prints throughput and
# latency. Bounded in time; targets only the given URL (default: the demo on this machine).
#
#   mvn liberty:run            # in another terminal: Skein with the demo upstreams
#   bench/load.sh              # or: bench/load.sh http://127.0.0.1:9080/graphql 20s 16
set -euo pipefail

url=${1:-http://127.0.0.1:9080/graphql}
duration=${2:-20s}
connections=${3:-16}

command -v wrk >/dev/null 2>&1 || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
case "$url" in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "refusing to load $url: only loopback addresses are load-tested" >&2; exit 1 ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

post_script() {
  cat > "$work/$1.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = [[$2]]
LUA
}

post_script merged '{"query":"query Page($upc: ID!) { product(upc: $upc) { upc name price } reviews(productUpc: $upc) { rating body author } }","variables":{"upc":"1"}}'
post_script single '{"query":"{ products(first: 4) { upc name price weight } }"}'

curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$url" \
  || { echo "no Skein answering at $url" >&2; exit 1; }

for case in merged single; do
  echo "== $case query: $connections connections, $duration, 2 threads"
  wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/$case.lua" "$url" | grep -E "Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx"
done
