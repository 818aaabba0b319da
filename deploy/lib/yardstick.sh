# The yardstick of deploy/suite bench: a bare Quarkus REST + Panache service (deploy/bench/peer)
# and a plain nginx route to it, started beside the suite, and the suite's figures set beside
# theirs in the same run, with the floors (nginx static, pgbench, Kafka's own tools).
# shellcheck shell=bash

declare -A YARD=()
YARD_SEED=0

peer_jar() { printf '%s/target/quarkus-app/quarkus-run.jar' "$PEER_DIR"; }
peer_pid() {
  local pid
  [[ -r $RUN_DIR/bench-peer.pid ]] && read -r pid <"$RUN_DIR/bench-peer.pid" && pid_alive "$pid" && printf '%s\n' "$pid"
}
peer_nginx() { nginx -p "$PEER_NGINX_DIR/" -e "$PEER_NGINX_DIR/logs/error.log" -c "$PEER_NGINX_DIR/nginx.conf" "$@"; }

build_peer() {
  [[ -f $(peer_jar) && -z $(find "$PEER_DIR/src" "$PEER_DIR/pom.xml" -newer "$(peer_jar)" -print -quit) ]] && return 0
  info "Building the peer ($(rel "$PEER_DIR"))"
  (cd "$ROOT" && "$MVN" -B -ntp -q -pl deploy/bench/peer package -DskipTests) || die "building the peer failed"
}

# The peer's database holds the suite's enterprise rows, with the same indexes (schema.sql).
fill_peer_database() {
  local columns=uscc,name,name_en,status,legal_representative,registered_capital_yuan,established_on,address
  columns+=,street_code,industry_code,contact_person,contact_phone,contact_email,registered_at,updated_at
  as_postgres env PGOPTIONS='-c client_min_messages=warning' psql -X -q -p 5432 -d postgres -v ON_ERROR_STOP=1 \
    -v pw="$DB_PASSWORD" -f - >/dev/null <<'SQL' || die "creating the peer's role and database failed"
SELECT 'CREATE ROLE bench_peer LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench_peer') \gexec
ALTER ROLE bench_peer WITH LOGIN PASSWORD :'pw';
SELECT 'CREATE DATABASE bench_peer OWNER bench_peer' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'bench_peer') \gexec
SQL
  as_postgres env PGOPTIONS='-c client_min_messages=warning' psql -X -q -p 5432 -d bench_peer -v ON_ERROR_STOP=1 \
    -f - >/dev/null <"$PEER_DIR/schema.sql" || die "creating the peer's table failed"
  as_postgres psql -X -q -p 5432 -d enterprise -c "\\copy (SELECT $columns FROM enterprise) TO STDOUT" |
    as_postgres psql -X -q -p 5432 -d bench_peer -v ON_ERROR_STOP=1 \
      -c "\\copy enterprise ($columns) FROM STDIN" -c 'ALTER TABLE enterprise OWNER TO bench_peer' -c 'ANALYZE enterprise' ||
    die "copying the suite's enterprises into the peer's database failed"
}

start_peer() {
  local log=$LOG_DIR/bench-peer.log
  rotate_log "$log"
  launch_peer "$(dirname "$(peer_jar)")" "$PEER_PORT" "$log"
  printf '%s\n' "$LAUNCHED_PID" >"$RUN_DIR/bench-peer.pid"
}

# launch_peer APP_DIR PORT LOG [JAVA_FLAG...]: the peer as the services start, same JVM, same flags
# and a start-up cache trained the same way; sets LAUNCHED_PID.
launch_peer() {
  local app=$1 port=$2 log=$3
  shift 3
  java_command bench-peer "$app" "$@"
  PEER_PORT=$port PEER_DB_PASSWORD=$DB_PASSWORD nohup "${JAVA_COMMAND[@]}" >"$log" 2>&1 </dev/null &
  LAUNCHED_PID=$!
}

refresh_peer_cache() {
  local app
  app=$(dirname "$(peer_jar)")
  aot_capable && ! aot_current bench-peer "$app" || return 0
  info "Training the peer's start-up cache on $SERVICE_JAVA"
  train_aot_cache bench-peer "$app" $((PEER_PORT + AOT_TRAINING_PORT_OFFSET)) launch_peer || true
}

stop_peer() {
  local pid
  if pid=$(peer_pid); then
    kill -TERM "$pid" 2>/dev/null || true
    wait_for_exit bench-peer "$pid" 30 >/dev/null
  fi
  rm -f "$RUN_DIR/bench-peer.pid"
}

start_peer_nginx() {
  mkdir -p "$PEER_NGINX_DIR/logs"
  sed -e "s|@PEER_PORT@|$PEER_PORT|g" -e "s|@NGINX_PORT@|$PEER_NGINX_PORT|g" -e "s|@DIR@|$PEER_NGINX_DIR|g" \
    "$ROOT/deploy/bench/nginx.conf" >"$PEER_NGINX_DIR/nginx.conf"
  peer_nginx -s quit 2>/dev/null && sleep 1
  peer_nginx || die "the peer's nginx did not start (log: $(rel "$PEER_NGINX_DIR/logs/error.log"))"
}

stop_yardstick() {
  stop_peer
  [[ ! -f $PEER_NGINX_DIR/nginx.conf ]] || peer_nginx -s quit 2>/dev/null || true
}

# ready_after URL PID: milliseconds from now until URL answers 2xx, polled every 50 ms.
ready_after() {
  local url=$1 pid=$2 started
  started=$(now_ms)
  until curl -fsS -o /dev/null --max-time 1 "$url" 2>/dev/null; do
    pid_alive "$pid" || die "pid $pid exited while starting ($url)"
    (($(now_ms) - started < READY_TIMEOUT * 1000)) || die "$url not ready after $READY_TIMEOUT s"
    sleep 0.05
  done
  printf '%s\n' $(($(now_ms) - started))
}

rss_mb() { printf '%s\n' $(($(ps -o rss= -p "$1") / 1024)); }

# Start-up to ready, each service and the peer alone (every other instance stopped, the machine
# quiet first), with the same JDK and JVM flags, and the RSS right after; YARD_RUNS rounds, each
# in another order, so that no process always starts first or last.
measure_startups() {
  local round name pid order=("${SERVICES[@]}" peer)
  # shellcheck disable=SC2046 # one word per instance name
  stop_processes 30 $(all_instances) >/dev/null
  stop_peer
  for ((round = 1; round <= YARD_RUNS; round++)); do
    for name in "${order[@]}"; do
      wait_until_idle
      if [[ $name == peer ]]; then
        start_peer
        pid=$(peer_pid)
        YARD[startup|peer]+=" $(ready_after "http://127.0.0.1:$PEER_PORT/q/health/ready" "$pid")"
        YARD[rss-start|peer]+=" $(rss_mb "$pid")"
        stop_peer
      else
        start_service "$name" >/dev/null
        pid=$(component_pid "$name")
        YARD[startup|$name]+=" $(ready_after "http://127.0.0.1:$(component_port "$name")/q/health/ready" "$pid")"
        YARD[rss-start|$name]+=" $(rss_mb "$pid")"
        stop_processes 30 "$name" >/dev/null
      fi
    done
    order=("${order[@]:1}" "${order[0]}")
  done
  for name in "${SERVICES[@]}" peer; do
    YARD[startup|$name]=${YARD[startup|$name]# } YARD[rss-start|$name]=${YARD[rss-start|$name]# }
    info "  $name ready alone after ${YARD[startup|$name]} ms, RSS ${YARD[rss-start|$name]} MB"
  done
  start_peer
  for name in $(instances); do
    is_instance "$name" || continue
    start_service "$name" >/dev/null
  done
  # shellcheck disable=SC2046
  wait_until_ready "$(now_ms)" $(instances) >/dev/null
  ready_after "http://127.0.0.1:$PEER_PORT/q/health/ready" "$(peer_pid)" >/dev/null
}

record_rss_after_load() {
  local name
  for name in "${SERVICES[@]}"; do YARD[rss-load|$name]=$(rss_mb "$(component_pid "$name")"); done
  YARD[rss-load|peer]=$(rss_mb "$(peer_pid)")
}

busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }

# Waits until the machine is quiet again (consumers caught up after writes): two one-second
# windows in a row below a tenth of the cores, at most two minutes.
wait_until_idle() {
  local before after quiet=0 deadline=$((SECONDS + 120)) cores
  cores=$(nproc)
  while ((quiet < 2 && SECONDS < deadline)); do
    before=$(busy_ticks)
    sleep 1
    after=$(busy_ticks)
    if (((after - before) * 10 < cores * $(getconf CLK_TCK))); then quiet=$((quiet + 1)); else quiet=0; fi
  done
}

# wrk_once SECONDS URL SCRIPT [VAR=VALUE...]: one wrk run with its latency percentiles, followed by
# a line "WRK_CPU <ticks>", the CPU wrk itself used.
wrk_once() {
  local seconds=$1 url=$2 script=$3
  shift 3
  YARD_SEED=$(((RANDOM << 15 | RANDOM) % 2600000))
  # shellcheck disable=SC2016 # the inner shell's
  env "$@" BENCH_SEED="$YARD_SEED" bash -c 'wrk -t2 -c32 -d"$1s" --latency -s "$2" "$3" || exit
    read -r -a stat </proc/self/stat && echo "WRK_CPU $((stat[15] + stat[16]))"' _ "$seconds" "$script" "$url"
}

# Milliseconds from wrk's latency notation (812.00us, 1.32ms, 2.01s).
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/) n *= 1000; printf "%.2f", n }'; }

# wrk_measure KEY URL SCRIPT [VAR=VALUE...]: a warm-up, then YARD_RUNS runs; keeps every run's
# rate, p50 and p99 under KEY, and for writes the CPU of all processes per request (wrk's own
# CPU and the idle machine's taken out), counted until the machine is quiet again.
wrk_measure() {
  local key=$1 url=$2 script=$3 out run rate requests bad ticks started before after idle_before
  local rates=() p50s=() p99s=() cpus=()
  shift 3
  wrk_once "$YARD_WARM" "$url" "$script" "$@" >/dev/null || die "$key: wrk failed against $url"
  [[ $script != */post.lua ]] || wait_until_idle
  for ((run = 1; run <= YARD_RUNS; run++)); do
    idle_before=$(busy_ticks); sleep 1; idle_before=$(($(busy_ticks) - idle_before))
    before=$(busy_ticks)
    started=$(now_ms)
    out=$(wrk_once "$YARD_SECONDS" "$url" "$script" "$@") || die "$key: wrk failed against $url"
    bad=$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }' <<<"$out")
    [[ -z $bad ]] || die "$key: $bad answers of $url were not 2xx (rate limits lifted? tokens valid?)"
    grep -q 'Socket errors' <<<"$out" && die "$key: $(grep 'Socket errors' <<<"$out")"
    rate=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
    requests=$(awk '/requests in/ { print $1 }' <<<"$out")
    rates+=("$rate")
    p50s+=("$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")")
    p99s+=("$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")")
    if [[ $script == */post.lua ]]; then
      wait_until_idle
      after=$(busy_ticks)
      ticks=$((after - before - $(awk '/^WRK_CPU/ { print $2 }' <<<"$out") - idle_before * ($(now_ms) - started) / 1000))
      cpus+=("$(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.2f", t * 1000 / hz / n }')")
    fi
  done
  YARD[$key]="${rates[*]}"
  YARD[$key|p50]="${p50s[*]}"
  YARD[$key|p99]="${p99s[*]}"
  [[ ${#cpus[@]} -eq 0 ]] || YARD[$key|cpu]="${cpus[*]}"
  info "  $key: $(median "${rates[@]}") req/s (runs ${rates[*]}), p99 $(median "${p99s[@]}") ms${cpus:+, CPU $(median "${cpus[@]}") ms/request}"
}

# median / spread VALUE...: of numbers given as arguments or as one space-separated word.
median() { tr -s ' ' '\n' <<<"$*" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
spread() { tr -s ' ' '\n' <<<"$*" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "–" hi }'; }

# The sample of ids each GET load walks through, as paths.
sample_paths() {
  local db=$1 query=$2 prefix=$3 file=$4
  as_postgres psql -X -At -p 5432 -d "$db" -c "$query" | sed "s|^|$prefix|" >"$file"
  [[ -s $file ]] || die "no rows to read in the $db database: run deploy/suite bench once without --yardstick"
}

# The read and write loads of one state (fresh or loaded), suite and peer side by side.
measure_paths() {
  local state=$1 work=$YARD_WORK get=$ROOT/deploy/bench/wrk/get.lua post=$ROOT/deploy/bench/wrk/post.lua
  local tokens=BENCH_TOKENS=$work/tokens.txt
  info "Reads and writes, $state (wrk -t2 -c32, ${YARD_WARM} s warm-up, ${YARD_RUNS} × ${YARD_SECONDS} s):"
  wrk_measure "$state|peer-get-direct" "http://127.0.0.1:$PEER_PORT" "$get" BENCH_PATHS="$work/peer.paths"
  wrk_measure "$state|peer-get-nginx" "http://127.0.0.1:$PEER_NGINX_PORT" "$get" BENCH_PATHS="$work/peer.paths"
  wrk_measure "$state|enterprise-get-direct" "http://127.0.0.1:$(component_port enterprise)" "$get" BENCH_PATHS="$work/enterprise.paths" "$tokens"
  wrk_measure "$state|enterprise-get-gateway" "$GATEWAY_URL" "$get" BENCH_PATHS="$work/enterprise.paths" "$tokens"
  wrk_measure "$state|project-get-direct" "http://127.0.0.1:$(component_port project)" "$get" BENCH_PATHS="$work/project.paths" "$tokens"
  wrk_measure "$state|project-get-gateway" "$GATEWAY_URL" "$get" BENCH_PATHS="$work/project.paths" "$tokens"
  wrk_measure "$state|application-get-direct" "http://127.0.0.1:$(component_port approval)" "$get" BENCH_PATHS="$work/application.paths" "$tokens"
  wrk_measure "$state|application-get-gateway" "$GATEWAY_URL" "$get" BENCH_PATHS="$work/application.paths" "$tokens"
  wrk_measure "$state|peer-post-direct" "http://127.0.0.1:$PEER_PORT" "$post" BENCH_PATH=/enterprises
  wrk_measure "$state|peer-post-nginx" "http://127.0.0.1:$PEER_NGINX_PORT" "$post" BENCH_PATH=/enterprises
  wrk_measure "$state|enterprise-post-direct" "http://127.0.0.1:$(component_port enterprise)" "$post" BENCH_PATH=/api/v1/enterprises "$tokens"
  wrk_measure "$state|enterprise-post-gateway" "$GATEWAY_URL" "$post" BENCH_PATH=/api/v1/enterprises "$tokens"
}

# The floors: what nginx, PostgreSQL and Kafka do alone on this machine.
measure_floors() {
  local out
  info "Floors:"
  wrk_measure "floor|nginx-static" "http://127.0.0.1:$PEER_NGINX_PORT" "$ROOT/deploy/bench/wrk/get.lua" BENCH_PATHS="$YARD_WORK/static.paths"
  as_postgres psql -X -q -p 5432 -d postgres -c 'DROP DATABASE IF EXISTS bench_pgbench' -c 'CREATE DATABASE bench_pgbench' >/dev/null
  as_postgres pgbench -q -i -s 10 -p 5432 bench_pgbench >/dev/null 2>&1 || die "pgbench -i failed"
  out=$(as_postgres pgbench -S -c 8 -j 2 -T "$YARD_SECONDS" -p 5432 bench_pgbench 2>&1) || die "pgbench failed: $out"
  YARD[floor|pgbench]=$(awk '/^tps/ { printf "%.0f", $3 }' <<<"$out")
  info "  pgbench -S -c 8 -j 2 (scale 10): ${YARD[floor|pgbench]} tps"
  as_postgres psql -X -q -p 5432 -d postgres -c 'DROP DATABASE bench_pgbench' >/dev/null
  out=$(kafka_tool org.apache.kafka.tools.EndToEndLatency --bootstrap-server "$KAFKA_BOOTSTRAP" --topic bench.latency \
    --num-records 5000 --producer-acks all --record-size 512 2>&1) ||
    die "Kafka's EndToEndLatency failed: $out"
  YARD[floor|kafka-avg]=$(sed -n 's/^Avg latency: \([0-9.]*\) ms.*/\1/p' <<<"$out")
  YARD[floor|kafka-p50]=$(sed -n 's/.*50th = \([0-9.]*\).*/\1/p' <<<"$out")
  YARD[floor|kafka-p99]=$(sed -n 's/.*99th = \([0-9.]*\).*/\1/p' <<<"$out")
  info "  Kafka EndToEndLatency (acks=all, 512 B): avg ${YARD[floor|kafka-avg]} ms, p50 ${YARD[floor|kafka-p50]} ms, p99 ${YARD[floor|kafka-p99]} ms"
  out=$(kafka_tool org.apache.kafka.tools.ProducerPerformance --topic bench.producer --num-records 200000 \
    --record-size 512 --throughput -1 --producer-props bootstrap.servers="$KAFKA_BOOTSTRAP" acks=all 2>&1) ||
    die "Kafka's ProducerPerformance failed: $out"
  YARD[floor|kafka-produce]=$(tail -n 1 <<<"$out" | sed -n 's/.* sent, \([0-9]*\)[0-9.]* records\/sec.*/\1/p')
  info "  Kafka ProducerPerformance (acks=all, 512 B): ${YARD[floor|kafka-produce]} records/s"
}

# ratio A B: A ÷ B with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

yard_row() {
  local label=$1 key=$2 peer=$3
  printf '| %s | %s (%s) | %s | %s | %s (%s) | %s × |\n' "$label" "$(median "${YARD[$key]}")" "$(spread "${YARD[$key]}")" \
    "$(median "${YARD[$key|p99]}")" "${YARD[$key|cpu]:+$(median "${YARD[$key|cpu]}")}" \
    "$(median "${YARD[$peer]}")" "$(spread "${YARD[$peer]}")" "$(ratio "$(median "${YARD[$key]}")" "$(median "${YARD[$peer]}")")"
}

# The JVM of the suite and the peer, whether both started from their start-up caches, and how
# each was packaged (the peer always as Quarkus' default fast-jar).
yardstick_java() {
  local caches='no start-up cache, all as fast-jars'
  if aot_current bench-peer "$(dirname "$(peer_jar)")"; then
    caches='each with its trained AOT cache; the services as aot-jars, the peer as the default fast-jar'
  fi
  resolve_service_java
  printf '%s (%s)' "$SERVICE_JAVA_VERSION" "$caches"
}

yardstick_report() {
  local state name direct gateway
  printf '# deploy/suite bench: the suite beside a bare Quarkus service\n\n'
  printf '%s, %s cores, %s; wrk -t2 -c32, %s runs of %s s after %s s of warm-up; medians with (min–max).\n\n' \
    "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(nproc)" "$(yardstick_java)" "$YARD_RUNS" "$YARD_SECONDS" "$YARD_WARM"
  for state in fresh loaded; do
    printf '## %s\n\n' "$([[ $state == fresh ]] && echo 'Freshly started suite and peer' || echo 'After minutes of load')"
    printf '| path | suite req/s | p99 ms | CPU ms/request | peer req/s | suite ÷ peer |\n|---|---|---|---|---|---|\n'
    yard_row "GET enterprise by USCC, direct (JWT)" "$state|enterprise-get-direct" "$state|peer-get-direct"
    yard_row "GET enterprise by USCC, gateway" "$state|enterprise-get-gateway" "$state|peer-get-nginx"
    yard_row "GET project by id, direct" "$state|project-get-direct" "$state|peer-get-direct"
    yard_row "GET project by id, gateway" "$state|project-get-gateway" "$state|peer-get-nginx"
    yard_row "GET application by id, direct" "$state|application-get-direct" "$state|peer-get-direct"
    yard_row "GET application by id, gateway" "$state|application-get-gateway" "$state|peer-get-nginx"
    yard_row "POST one enterprise, direct" "$state|enterprise-post-direct" "$state|peer-post-direct"
    yard_row "POST one enterprise, gateway" "$state|enterprise-post-gateway" "$state|peer-post-nginx"
    printf '\nProxy overhead (1 − proxied ÷ direct): '
    for name in peer-get:nginx enterprise-get:gateway project-get:gateway application-get:gateway peer-post:nginx enterprise-post:gateway; do
      direct=$(median "${YARD[$state|${name%:*}-direct]}") gateway=$(median "${YARD[$state|${name%:*}-${name#*:}]}")
      printf '%s %s%%; ' "${name%:*}" "$(awk -v d="$direct" -v g="$gateway" 'BEGIN { printf "%.0f", (1 - g / d) * 100 }')"
    done
    printf '\n\n'
  done
  printf '## Start-up and memory\n\n%s rounds of starts, medians with (min–max); RSS after load read once, right after the loads.\n\n| process | ready alone ms | ÷ peer | RSS after start MB | ÷ peer | RSS after load MB | ÷ peer |\n|---|---|---|---|---|---|---|\n' "$YARD_RUNS"
  for name in "${SERVICES[@]}" peer; do
    printf '| %s | %s (%s) | %s × | %s (%s) | %s × | %s | %s × |\n' "$name" \
      "$(median "${YARD[startup|$name]}")" "$(spread "${YARD[startup|$name]}")" \
      "$(ratio "$(median "${YARD[startup|$name]}")" "$(median "${YARD[startup|peer]}")")" \
      "$(median "${YARD[rss-start|$name]}")" "$(spread "${YARD[rss-start|$name]}")" \
      "$(ratio "$(median "${YARD[rss-start|$name]}")" "$(median "${YARD[rss-start|peer]}")")" \
      "${YARD[rss-load|$name]}" "$(ratio "${YARD[rss-load|$name]}" "${YARD[rss-load|peer]}")"
  done
  printf '\n## Floors\n\n| floor | figure |\n|---|---|\n'
  printf '| nginx static route | %s req/s (%s) |\n' "$(median "${YARD[floor|nginx-static]}")" "$(spread "${YARD[floor|nginx-static]}")"
  printf '| pgbench select-only, 8 clients, scale 10 | %s tps |\n' "${YARD[floor|pgbench]}"
  printf '| Kafka EndToEndLatency, acks=all, 512 B, 5,000 records | avg %s ms, p50 %s ms, p99 %s ms |\n' \
    "${YARD[floor|kafka-avg]}" "${YARD[floor|kafka-p50]}" "${YARD[floor|kafka-p99]}"
  printf '| Kafka ProducerPerformance, acks=all, 512 B, 200,000 records | %s records/s |\n' "${YARD[floor|kafka-produce]}"
}

# The whole yardstick: every process restarted and timed alone, the reads and writes measured
# fresh, then again after the minutes of load of that first pass; the floors last.
run_yardstick() {
  local args=() i
  have wrk || install_packages wrk
  build_peer
  mkdir -p "$YARD_WORK" "$BENCH_DIR"
  info "Yardstick: the peer gets the suite's $(as_postgres psql -X -At -p 5432 -d enterprise -c 'SELECT count(*) FROM enterprise') enterprises"
  fill_peer_database
  refresh_peer_cache
  sample_paths enterprise "SELECT uscc FROM enterprise ORDER BY random() LIMIT 1000" /api/v1/enterprises/ "$YARD_WORK/enterprise.paths"
  sed 's|^/api/v1/enterprises/|/enterprises/|' "$YARD_WORK/enterprise.paths" >"$YARD_WORK/peer.paths"
  sample_paths project "SELECT id FROM project ORDER BY random() LIMIT 1000" /api/v1/projects/ "$YARD_WORK/project.paths"
  sample_paths approval "SELECT id FROM application ORDER BY random() LIMIT 1000" /api/v1/approval/applications/ "$YARD_WORK/application.paths"
  printf '/static\n' >"$YARD_WORK/static.paths"
  for ((i = 1; i <= 1000; i++)); do args+=(park-admin "bench-reader-$i" bench-yardstick 86400 '' ''); done
  dev_tokens "${args[@]}" >"$YARD_WORK/tokens.txt"
  start_peer_nginx
  info "Start-up, each process alone:"
  measure_startups
  measure_paths fresh
  measure_paths loaded
  record_rss_after_load
  measure_floors
  yardstick_report >"$BENCH_DIR/yardstick.md"
  info ""
  cat "$BENCH_DIR/yardstick.md"
  info ""
  info "report: $(rel "$BENCH_DIR/yardstick.md")"
  stop_yardstick
}
