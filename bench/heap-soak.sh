#!/usr/bin/env bash
# Live heap before and after a million requests: starts the hello example (Jetty, or Netty with SERVER=netty)
# pinned to CPU 1, warms it up, reads the live heap after full GCs, sends at least REQUESTS requests with wrk
# (pinned to CPU 0) spread over the endpoints, and reads the live heap again. A leak of even a few bytes per
# request shows as megabytes.
#
#   bench/heap-soak.sh                     # Jetty, 1,000,000 requests
#   SERVER=netty STACK=default bench/heap-soak.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
server=${SERVER:-jetty}
requests=${REQUESTS:-1000000}
port=${PORT:-18090}
mkdir -p "$here/target"
profile=(); [ "$server" = netty ] && profile=(-Pnetty)
(cd "$root" && ./mvnw -q -B -pl examples/hello -am -DskipTests "${profile[@]}" package dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile="$here/target/soak.classpath")
cp="$root/examples/hello/target/classes:$(cat "$here/target/soak.classpath")"

env JANGO_DEBUG=false JANGO_STACK=${STACK:-one} taskset -c 1 java -Xmx1g --add-opens java.base/java.lang=ALL-UNNAMED -Djdk.trackAllThreads=false \
  -Dorg.slf4j.simpleLogger.log.dev.jango.access=warn -cp "$cp" com.example.hello.Main runserver "127.0.0.1:$port" --noreload \
  > "$here/target/soak-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$port/plaintext" && break; sleep 0.2; done

live_kib() { # the smallest "used" of three full GCs
  local best=""
  for _ in 1 2 3; do
    jcmd "$pid" GC.run > /dev/null
    sleep 0.5
    local used
    # the heaps' top-level lines (G1: one; Serial, which a one-CPU JVM picks: young + tenured), summed
    used=$(jcmd "$pid" GC.heap_info | awk '/^[A-Za-z].* used [0-9]+K/ {for (i = 1; i < NF; i++) if ($i == "used") {
      sub("K.*", "", $(i+1)); s += $(i+1)}} END {print s + 0}')
    if [ -z "$best" ] || [ "$used" -lt "$best" ]; then best=$used; fi
  done
  echo "$best"
}
load() { # $1 seconds on each endpoint; prints the requests sent
  local total=0 path n
  for path in /plaintext /json /users/42; do
    n=$(taskset -c 0 wrk -t1 -c64 -d"$1"s "http://127.0.0.1:$port$path" | awk '/requests in/ {print $1}')
    total=$((total + n))
  done
  echo "$total"
}
load 5 > /dev/null # warm-up
before=$(live_kib)
sent=0
while [ "$sent" -lt "$requests" ]; do sent=$((sent + $(load 10))); done
after=$(live_kib)
printf 'server=%s stack=%s requests=%d live heap before=%d KiB after=%d KiB (%+d KiB, %.2f bytes/request)\n' \
  "$server" "${STACK:-one}" "$sent" "$before" "$after" "$((after - before))" \
  "$(echo "($after - $before) * 1024 / $sent" | bc -l)"
