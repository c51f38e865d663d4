#!/usr/bin/env bash
# Soak: MINUTES (30) of load at CONNECTIONS (1,000) over a mix of the hello example's endpoints (pages, JSON, the
# database, a blocking view, uploads: bench/soak-mix.lua), sampling the server once a minute: live heap after full
# GCs, resident memory, OS threads and open file descriptors. After WARMUP minutes (5) the live heap must grow less
# than 1 MB/min and RSS less than 2 MB/min (least-squares slopes over the samples), and two minutes after the load
# stops threads and descriptors must be back to their baseline (taken after a minute of the same load and two idle
# minutes, so that the pools have grown to what they keep). Not part of CI; figures go to
# bench/RESULTS.md.
#
#   ../shared/bench/db-setup.sh             # once: PostgreSQL's bench database, for /db
#   bench/soak.sh                           # Jetty, default middleware stack, 30 minutes
#   SERVER=netty MINUTES=10 bench/soak.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
server=${SERVER:-jetty}
minutes=${MINUTES:-30}
warmup=${WARMUP:-5}
connections=${CONNECTIONS:-1000}
port=${PORT:-18095}
command -v wrk > /dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true  # wrk and the server each need well over CONNECTIONS descriptors
mkdir -p "$here/target"
profile=(); [ "$server" = netty ] && profile=(-Pnetty)
(cd "$root" && ./mvnw -q -B -pl examples/hello -am -DskipTests "${profile[@]}" package dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile="$here/target/soak-mix.classpath")
cp="$root/examples/hello/target/classes:$(cat "$here/target/soak-mix.classpath")"

env JANGO_DEBUG=false JANGO_STACK=${STACK:-default} taskset -c 1 java -Xmx1g \
  --add-opens java.base/java.lang=ALL-UNNAMED -Djdk.trackAllThreads=false --enable-native-access=ALL-UNNAMED \
  -Dorg.slf4j.simpleLogger.log.dev.jango.access=warn -cp "$cp" com.example.hello.Main runserver "127.0.0.1:$port" \
  --noreload > "$here/target/soak-mix-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$port/json" && break; sleep 0.2; done
curl -sf -o /dev/null "http://127.0.0.1:$port/db" || { echo "/db does not answer: run ../shared/bench/db-setup.sh" >&2; exit 1; }

live_kib() { # the smallest "used" of two full GCs
  local best="" used
  for _ in 1 2; do
    jcmd "$pid" GC.run > /dev/null
    used=$(jcmd "$pid" GC.heap_info | awk '/^[A-Za-z].* used [0-9]+K/ {for (i = 1; i < NF; i++) if ($i == "used") {
      sub("K.*", "", $(i+1)); s += $(i+1)}} END {print s + 0}')
    if [ -z "$best" ] || [ "$used" -lt "$best" ]; then best=$used; fi
  done
  echo "$best"
}
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$pid/status"; }
threads() { awk '/^Threads:/ {print $2}' "/proc/$pid/status"; }
fds() { ls "/proc/$pid/fd" | wc -l; }

thread_names() { jcmd "$pid" Thread.print 2>/dev/null | sed -n 's/^"\([^"]*\)".*/\1/p' | sed 's/[-#]*[0-9][0-9]*$//' \
  | sort | uniq -c | sort -rn | head -n 12; }
settle() { sleep "${SETTLE:-120}"; } # longer than the idle timeouts of the pools that grow under load (Jetty's 60 s)

# A minute of the same load first, so that every pool (the database's, the server's) has grown to what it keeps
# while idle; the baseline is taken once they have settled.
taskset -c 0 wrk -t2 -c"$connections" -d60s --timeout 10s -s "$here/soak-mix.lua" "http://127.0.0.1:$port" > /dev/null
settle
csv=$here/target/soak-$server.csv
echo "minute,live_heap_kib,rss_kib,threads,fds" > "$csv"
jcmd "$pid" VM.uptime > /dev/null # the JVM's attach listener (a thread and a socket) opens on the first jcmd
base_threads=$(threads) base_fds=$(fds)
thread_names > "$here/target/soak-threads-before.txt"
ls -l "/proc/$pid/fd" | awk '{print $NF}' | sed 's/[0-9][0-9]*/N/g' | sort | uniq -c > "$here/target/soak-fds-before.txt"
echo "0,$(live_kib),$(rss_kib),$base_threads,$base_fds" >> "$csv"
echo "# bench/soak.sh server=$server stack=${STACK:-default} minutes=$minutes connections=$connections $(git -C "$root" rev-parse --short HEAD)"
echo "baseline: threads=$base_threads fds=$base_fds"

taskset -c 0 wrk -t2 -c"$connections" -d"$((minutes * 60 + 20))s" --timeout 10s -s "$here/soak-mix.lua" \
  "http://127.0.0.1:$port" > "$here/target/soak-wrk.txt" 2>&1 &
load=$!
for minute in $(seq 1 "$minutes"); do
  sleep 60
  kill -0 "$load" 2>/dev/null || break
  line="$minute,$(live_kib),$(rss_kib),$(threads),$(fds)"
  echo "$line" >> "$csv"
  echo "  $line"
done
wait "$load" || true
settle
after_threads=$(threads) after_fds=$(fds)
thread_names > "$here/target/soak-threads-after.txt"
ls -l "/proc/$pid/fd" | awk '{print $NF}' | sed 's/[0-9][0-9]*/N/g' | sort | uniq -c > "$here/target/soak-fds-after.txt"
cat "$here/target/soak-wrk.txt"

# Least-squares slopes (per minute) over the samples after the warm-up.
read -r heap_slope rss_slope <<< "$(awk -F, -v w="$warmup" 'NR > 1 && $1 >= w {
    n++; x += $1; xx += $1 * $1; h += $2; xh += $1 * $2; r += $3; xr += $1 * $3 }
  END { d = n * xx - x * x; if (d == 0) { print "0 0"; exit }
        printf "%.1f %.1f\n", (n * xh - x * h) / d / 1024, (n * xr - x * r) / d / 1024 }' "$csv")"
echo "after the load: threads=$after_threads (baseline $base_threads) fds=$after_fds (baseline $base_fds)"
echo "slopes after minute $warmup: live heap $heap_slope MB/min (limit 1), RSS $rss_slope MB/min (limit 2)"
status=0
awk -v s="$heap_slope" 'BEGIN {exit !(s < 1)}' || { echo "FAIL: live heap grows" >&2; status=1; }
awk -v s="$rss_slope" 'BEGIN {exit !(s < 2)}' || { echo "FAIL: RSS grows" >&2; status=1; }
[ "$after_threads" -le "$base_threads" ] || { echo "FAIL: threads not back to the baseline" >&2; status=1
  echo "threads by name, before:" >&2; cat "$here/target/soak-threads-before.txt" >&2
  echo "after:" >&2; cat "$here/target/soak-threads-after.txt" >&2; }
[ "$after_fds" -le "$base_fds" ] || { echo "FAIL: descriptors not back to the baseline" >&2; status=1
  diff "$here/target/soak-fds-before.txt" "$here/target/soak-fds-after.txt" >&2; }
exit $status
