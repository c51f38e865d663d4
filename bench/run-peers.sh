#!/usr/bin/env bash
# Runs the hello example beside peer frameworks with the shared harness (../../shared/bench, read-only):
# copies the harness to target/harness, builds the example's class path, and hands it over as EXTRA_PEER.
#
#   bench/run-peers.sh                      # jango beside netty, jetty and javalin, the basic endpoints
#   bench/run-peers.sh netty jango          # any subset of the harness's peers, plus jango
#   RUNS=5 WARMUP=30s bench/run-peers.sh    # the harness's settings pass through
#
# The result table lands in bench/target/harness/results/ and is printed; copy the figures that matter,
# with this command, into bench/RESULTS.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${SHARED_BENCH:-$root/../shared/bench}
[ -x "$shared/run.sh" ] || { echo "No harness at $shared (set SHARED_BENCH)" >&2; exit 2; }

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"

harness=$here/target/harness
mkdir -p "$harness"
# Copy the harness but keep peer jars built by an earlier run.
(cd "$shared" && tar cf - --exclude='target' --exclude='results' .) | (cd "$harness" && tar xf -)
chmod -R u+w "$harness"
mkdir -p "$harness/results"

# One reactor build, so the class path points at this checkout's modules (the last module built, hello, writes
# the file last), not at whatever an earlier `install` left in ~/.m2.
(cd "$root" && ./mvnw -q -B -pl examples/hello -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$here/target/hello.classpath")
cp="$root/examples/hello/target/classes:$(cat "$here/target/hello.classpath")"

peers=("$@")
[ ${#peers[@]} -gt 0 ] || peers=(netty jetty javalin jango)
# JANGO_DEBUG=false: production settings. Same heap as the peers.
export EXTRA_PEER="jango|env JANGO_DEBUG=false java ${JVM_OPTS:--Xmx1g} -cp $cp dev.jango.examples.hello.Main {port}"
cd "$harness" && ./run.sh "${peers[@]}"
