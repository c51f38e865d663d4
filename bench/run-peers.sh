#!/usr/bin/env bash
# Runs the hello example beside peer frameworks with the shared harness (../../shared/bench, read-only):
# copies the harness to target/harness, builds the example's class path, and hands it over as EXTRA_PEER.
#
#   bench/run-peers.sh                      # jango beside netty, jetty and javalin, the basic endpoints
#   bench/run-peers.sh netty jango          # any subset of the harness's peers, plus jango
#   RUNS=5 WARMUP=30s bench/run-peers.sh    # the harness's settings pass through
#   bench/run-peers.sh netty jetty vertx jango jango-default jango-netty jango-netty-default
#
# Jango's variants (name them like peers): jango = the hello example on Jetty with its one middleware;
# jango-default = the same with Jango's default middleware stack around it (JANGO_STACK=default);
# jango-netty, jango-netty-default = the same on the Netty adapter (built with -Pnetty: one dependency swapped).
#
# Peers measured one after another can land in different phases of this machine: for ratios, bench/interleave.sh
# measures them in turn, round after round.
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
classpath() { # $1: file to write, then extra Maven flags
  local out=$1; shift
  (cd "$root" && ./mvnw -q -B -pl examples/hello -am -DskipTests "$@" package dependency:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile="$out")
}
peers=("$@")
[ ${#peers[@]} -gt 0 ] || peers=(netty jetty javalin jango)
classpath "$here/target/hello.classpath"
jetty_cp="$root/examples/hello/target/classes:$(cat "$here/target/hello.classpath")"
netty_cp=""
if printf '%s\n' "${peers[@]}" | grep -q '^jango-netty'; then
  classpath "$here/target/hello-netty.classpath" -Pnetty
  netty_cp="$root/examples/hello/target/classes:$(cat "$here/target/hello-netty.classpath")"
fi

# JANGO_DEBUG=false: production settings. Same heap as the peers; the two JVM options the README (Servers) advises:
# -Djdk.trackAllThreads=false has Jango track its request threads instead of the JDK; --add-opens lets them start on the
# server's own thread (RequestThreads.inline), as the examples run. The default stack's access log
# (RequestIdMiddleware, logger dev.jango.access) is turned down to WARN: the peers write no access log either.
java_cmd="java ${JVM_OPTS:--Xmx1g} --add-opens java.base/java.lang=ALL-UNNAMED -Djdk.trackAllThreads=false -Dorg.slf4j.simpleLogger.log.dev.jango.access=warn"
main=com.example.hello.Main
EXTRA_PEER="jango|env JANGO_DEBUG=false $java_cmd -cp $jetty_cp $main runserver 127.0.0.1:{port} --noreload"
EXTRA_PEER+=";jango-default|env JANGO_DEBUG=false JANGO_STACK=default $java_cmd -cp $jetty_cp $main runserver 127.0.0.1:{port} --noreload"
if [ -n "$netty_cp" ]; then
  EXTRA_PEER+=";jango-netty|env JANGO_DEBUG=false $java_cmd -cp $netty_cp $main runserver 127.0.0.1:{port} --noreload"
  EXTRA_PEER+=";jango-netty-default|env JANGO_DEBUG=false JANGO_STACK=default $java_cmd -cp $netty_cp $main runserver 127.0.0.1:{port} --noreload"
fi
export EXTRA_PEER
cd "$harness" && ./run.sh "${peers[@]}"
