#!/usr/bin/env bash
# Ratios that survive the machine's slow and fast phases: starts several peers at once (all pinned to CPU 1, each on
# its own port) and measures them in turn, a short wrk run each, round after round, so every peer sees the same
# phases. Per endpoint it prints each peer's median req/s and p99 over the rounds, and the median over the rounds of
# the first peer's req/s divided by this peer's (same round).
#
#   bench/interleave.sh jango-netty vertx netty                 # after bench/run-peers.sh has built the peer jars
#   ROUNDS=9 DURATION=8s ENDPOINTS="/json" bench/interleave.sh jango-netty vertx
#
# Peers: any of the harness's Java peers (its jar under bench/target/harness/peers/<name>/target/), and jango,
# jango-netty (the hello example on Jetty / on Netty, started as bench/run-peers.sh starts them), and jango-default,
# jango-netty-default (the same with Jango's default middleware stack). The idle peers
# share the server CPU while one is measured; they use next to nothing there once warm.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
ROUNDS=${ROUNDS:-7}
DURATION=${DURATION:-8s}
WARMUP=${WARMUP:-10s}
ENDPOINTS=${ENDPOINTS:-/plaintext /json /users/42}
BASE_PORT=${BASE_PORT:-18100}
[ $# -ge 2 ] || { echo "usage: bench/interleave.sh PEER PEER [PEER...]" >&2; exit 2; }
command -v wrk > /dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }

peers_dir=$here/target/harness/peers
java_opts="-Xmx1g"
jango_opts="--add-opens java.base/java.lang=ALL-UNNAMED -Djdk.trackAllThreads=false -Dorg.slf4j.simpleLogger.log.dev.jango.access=warn"
classpath() { # $1: file to write, then extra Maven flags
  local out=$1; shift
  (cd "$root" && ./mvnw -q -B -pl examples/hello -am -DskipTests "$@" package dependency:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile="$out")
}
command_of() { # $1 peer, $2 port
  local stack=one
  case $1 in *-default) stack=default ;; esac
  case $1 in
    jango | jango-default) [ -f "$here/target/hello.classpath" ] || classpath "$here/target/hello.classpath"
      echo "env JANGO_DEBUG=false JANGO_STACK=$stack java $java_opts $jango_opts -cp $root/examples/hello/target/classes:$(cat "$here/target/hello.classpath") com.example.hello.Main runserver 127.0.0.1:$2 --noreload" ;;
    jango-netty | jango-netty-default) [ -f "$here/target/hello-netty.classpath" ] || classpath "$here/target/hello-netty.classpath" -Pnetty
      echo "env JANGO_DEBUG=false JANGO_STACK=$stack java $java_opts $jango_opts -cp $root/examples/hello/target/classes:$(cat "$here/target/hello-netty.classpath") com.example.hello.Main runserver 127.0.0.1:$2 --noreload" ;;
    *) [ -f "$peers_dir/$1/target/$1.jar" ] || { echo "no jar for $1: run bench/run-peers.sh $1 first" >&2; exit 2; }
      echo "java $java_opts -jar $peers_dir/$1/target/$1.jar $2" ;;
  esac
}

out=$here/target/interleave
mkdir -p "$out"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done; }
trap cleanup EXIT
taskset -pc 0 $$ > /dev/null
ports=()
names=("$@")
for i in "${!names[@]}"; do
  peer=${names[$i]}
  port=$((BASE_PORT + i))
  ports+=("$port")
  # shellcheck disable=SC2046
  taskset -c 1 $(command_of "$peer" "$port") > "$out/$peer.log" 2>&1 &
  pids+=($!)
done
for port in "${ports[@]}"; do
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/plaintext" > /dev/null && break; sleep 0.2; done
done

echo "# bench/interleave.sh ${names[*]}: ROUNDS=$ROUNDS DURATION=$DURATION, wrk -t1 -c64 on CPU 0, servers on CPU 1, $(git -C "$root" rev-parse --short HEAD)"
for endpoint in $ENDPOINTS; do
  for port in "${ports[@]}"; do
    wrk -t1 -c64 -d"$WARMUP" "http://127.0.0.1:$port$endpoint" > /dev/null
  done
  results=$out/results-${endpoint//\//_}.txt
  : > "$results"
  for round in $(seq "$ROUNDS"); do
    n=${#names[@]}
    for k in $(seq 0 $((n - 1))); do # a different peer first each round
      i=$(( (k + round) % n ))
      wrk -t1 -c64 -d"$DURATION" --latency "http://127.0.0.1:${ports[$i]}$endpoint" \
        | awk -v r="$round" -v p="${names[$i]}" '/Requests\/sec/ {q=$2} $1=="99%" {l=$2} END {print r, p, q, l}' >> "$results"
    done
  done
  echo "## $endpoint"
  awk -v first="${names[0]}" -v names="${names[*]}" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    function median(a, n,   i, j, t) { for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    BEGIN { np = split(names, order, " ") }
    { rps[$1, $2] = $3; p99[$1, $2] = ms($4); if ($1 > rounds) rounds = $1 }
    END {
      printf "| peer | median req/s (min-max) | median p99 ms | %s / peer, median of the rounds |\n|---|---:|---:|---:|\n", first
      for (k = 1; k <= np; k++) {
        p = order[k]; n = 0; lo = 1e12; hi = 0
        for (r = 1; r <= rounds; r++) { v = rps[r, p]; a[++n] = v; if (v < lo) lo = v; if (v > hi) hi = v; b[n] = p99[r, p]; c[n] = rps[r, first] / v }
        printf "| %s | %.0f (%.0f-%.0f) | %.2f | %.2f |\n", p, median(a, n), lo, hi, median(b, n), median(c, n)
      }
    }' "$results"
done
