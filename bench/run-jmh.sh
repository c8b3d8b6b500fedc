#!/usr/bin/env bash
# Runs Skein's JMH benchmarks (src/jmh/java, Maven profile `bench`) against GitHub's public GraphQL
# schema, which it downloads from the npm package @octokit/graphql-schema into target/bench/ when
# missing. Safe to run again: the schema is kept, the build is incremental, results are replaced.
#
#   bench/run-jmh.sh                      every benchmark, short settings for a 2-core machine
#   bench/run-jmh.sh PlanBenchmark        only benchmarks matching a regular expression
#   JMH_OPTS="-f 2 -i 10" bench/run-jmh.sh  other JMH options (replace the defaults)
#   MAVEN_OPTS_EXTRA=-o bench/run-jmh.sh  extra Maven options, e.g. offline
#
# Results: the JMH report on the console, also in target/bench/jmh-output.txt and, as JSON, in
# target/bench/jmh-result.json. See docs/benchmarks.md.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)

schema_version=${OCTOKIT_GRAPHQL_SCHEMA_VERSION:-15.26.1}
bench_dir="$root/target/bench"
schema_dir="$bench_dir/octokit-graphql-schema-$schema_version"
schema="$schema_dir/schema.graphql"
jmh_opts=${JMH_OPTS:-"-f 1 -wi 8 -w 2s -i 5 -r 2s -prof gc"}

fetch_schema() {
    if [[ -s "$schema" ]]; then
        echo "Using $schema"
        return
    fi
    echo "Downloading @octokit/graphql-schema@$schema_version"
    local download
    download=$(mktemp -d "$bench_dir/download.XXXXXX")
    (cd "$download" && npm pack --silent "@octokit/graphql-schema@$schema_version" >/dev/null)
    mkdir -p "$schema_dir"
    tar -xzf "$download"/*.tgz -C "$download" package/schema.graphql
    mv "$download/package/schema.graphql" "$schema"
    rm -rf "$download"
    echo "Saved $schema"
}

mkdir -p "$bench_dir"
fetch_schema

# shellcheck disable=SC2086 # JMH_OPTS and MAVEN_OPTS_EXTRA are word lists
mvn -B -q -Dstyle.color=never ${MAVEN_OPTS_EXTRA:-} -Pbench -DskipTests -DskipITs test-compile exec:exec@jmh \
    -Djmh.args="$jmh_opts -rf json -rff $bench_dir/jmh-result.json -jvmArgsAppend -Dskein.bench.schema=$schema $*" \
    | tee "$bench_dir/jmh-output.txt"
