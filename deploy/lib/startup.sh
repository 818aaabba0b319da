# Start-up caches: the JVM the services run on, and the AOT cache (JEP 483/515) each service and
# the bench's peer start with where that JVM has one (JDK 25 or newer). The services are built for
# and tested on Java 17; a newer JDK on this machine is picked up because a trained cache starts a
# service on less than half the CPU. The cache is trained once per build, outside any instance.
# shellcheck shell=bash

# resolve_service_java: sets SERVICE_JAVA (the java of every service instance and of the peer),
# SERVICE_JAVA_MAJOR, SERVICE_JAVA_VERSION and SERVICE_JAVA_NATIVE (the native-memory trim flag,
# where that java accepts it: this machine's JDK 17 and 25 both do) once per run.
# PARKSUITE_SERVICE_JAVA names one; otherwise the newest JDK of AOT_MIN_JAVA or more under
# /usr/lib/jvm (by its release file); otherwise java on PATH.
resolve_service_java() {
  local release version best='' best_major=0
  [[ -z ${SERVICE_JAVA:-} ]] || return 0
  if [[ -n ${PARKSUITE_SERVICE_JAVA:-} ]]; then
    [[ -x $PARKSUITE_SERVICE_JAVA ]] || die "PARKSUITE_SERVICE_JAVA=$PARKSUITE_SERVICE_JAVA is not an executable java"
    best=$PARKSUITE_SERVICE_JAVA
  else
    for release in /usr/lib/jvm/*/release; do
      [[ -x ${release%/release}/bin/java ]] || continue
      version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
      if [[ -n $version ]] && ((version >= AOT_MIN_JAVA && version > best_major)); then
        best=${release%/release}/bin/java best_major=$version
      fi
    done
    best=${best:-$(command -v java)}
  fi
  SERVICE_JAVA_MAJOR=$(java_major "$best") || die "cannot tell the version of $best"
  SERVICE_JAVA_VERSION=$("$best" -version 2>&1 | sed -n 1p)
  SERVICE_JAVA_NATIVE=()
  if "$best" "$SERVICE_NATIVE_TRIM_FLAG" -version >/dev/null 2>&1; then SERVICE_JAVA_NATIVE=("$SERVICE_NATIVE_TRIM_FLAG"); fi
  SERVICE_JAVA=$best
}

aot_capable() { resolve_service_java && ((SERVICE_JAVA_MAJOR >= AOT_MIN_JAVA)); }

aot_cache() { printf '%s/%s.aot' "$AOT_DIR" "$1"; }

# aot_fingerprint APP_DIR: what a cache was trained on (the JVM's version, every file of the
# build with its size and time); a rebuild or another JVM makes the cache stale.
aot_fingerprint() {
  { printf '%s\n' "$SERVICE_JAVA_VERSION"; (cd "$1" && find . -type f -printf '%P %s %T@\n' | LC_ALL=C sort); } |
    sha256sum | cut -d' ' -f1
}

# aot_current NAME APP_DIR: true when NAME's cache was trained on this build and this JVM.
aot_current() {
  local stamp
  aot_capable && [[ -f $(aot_cache "$1") && -r $AOT_DIR/$1.stamp ]] &&
    read -r stamp <"$AOT_DIR/$1.stamp" && [[ $stamp == "$(aot_fingerprint "$2")" ]]
}

# java_command NAME APP_DIR [FLAG...]: sets JAVA_COMMAND to the environment, java, flags and jar
# NAME starts with from APP_DIR (the build, or a copy of it: the cache holds for both).
java_command() {
  local name=$1 app=$2
  shift 2
  resolve_service_java
  JAVA_COMMAND=(env "MALLOC_ARENA_MAX=$SERVICE_MALLOC_ARENAS" "$SERVICE_JAVA" "${SERVICE_JAVA_OPTIONS[@]}"
    "${SERVICE_JAVA_NATIVE[@]}" "$@")
  if (($# == 0)) && aot_current "$name" "$app"; then JAVA_COMMAND+=("-XX:AOTCache=$(aot_cache "$name")"); fi
  JAVA_COMMAND+=(-jar "$app/quarkus-run.jar")
}

# The requests a training run sends, one a line: hot reads and a miss (a problem+json answer).
aot_training_paths() {
  case $1 in
    enterprise) printf '%s\n' '/api/v1/enterprises?size=5' /api/v1/enterprises/91430112MA4D00133U ;;
    project) printf '%s\n' '/api/v1/projects?size=5' /api/v1/projects/00000000-0000-0000-0000-000000000000 ;;
    indicator) printf '%s\n' '/api/v1/indicators/dashboard?period=2019-08' /api/v1/indicators/releases ;;
    approval) printf '%s\n' '/api/v1/approval/applications?size=5' \
      /api/v1/approval/applications/00000000-0000-0000-0000-000000000000 ;;
    bench-peer) printf '%s\n' /enterprises/91430112MA4D00133U /enterprises/914301120000000000 ;;
  esac
}

# train_aot_cache NAME APP_DIR PORT LAUNCHER: starts NAME from a copy of APP_DIR on PORT through
# LAUNCHER (a function called as LAUNCHER COPY_DIR PORT LOG JAVA_FLAG that starts it and sets
# LAUNCHED_PID), sends each of its training paths ten times (with TRAINING_TOKEN when set), stops
# it and keeps the cache the JVM writes as it exits. Returns non-zero (with a warning) on failure.
train_aot_cache() {
  local name=$1 app=$2 port=$3 launcher=$4 copy log pid started path output
  copy=$AOT_DIR/train/$name log=$LOG_DIR/$name-aot-training.log output=$AOT_DIR/$name.aot.new
  rm -rf "$copy" "$output"
  mkdir -p "$AOT_DIR/train"
  cp -a "$app" "$copy"
  "$launcher" "$copy" "$port" "$log" "-XX:AOTCacheOutput=$output"
  pid=$LAUNCHED_PID started=$(now_ms)
  until curl -fsS -o /dev/null --max-time 1 "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do
    if ! pid_alive "$pid" || (($(now_ms) - started > READY_TIMEOUT * 1000)); then
      kill -KILL "$pid" 2>/dev/null || true
      rm -rf "$copy"
      warn "$name did not start for its start-up cache (log: $(rel "$log")); it starts without one"
      return 1
    fi
    sleep 0.2
  done
  while IFS= read -r path; do
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      curl -s -o /dev/null --max-time 5 ${TRAINING_TOKEN:+-H "Authorization: Bearer $TRAINING_TOKEN"} \
        "http://127.0.0.1:$port$path" || true
    done
  done < <(aot_training_paths "$name")
  kill -TERM "$pid" 2>/dev/null || true
  wait_for_exit "$name (training)" "$pid" "$AOT_ASSEMBLY_TIMEOUT" >/dev/null
  rm -rf "$copy"
  if [[ ! -s $output ]]; then
    warn "$name's start-up cache was not written (log: $(rel "$log")); it starts without one"
    return 1
  fi
  mv "$output" "$(aot_cache "$name")"
  aot_fingerprint "$app" >"$AOT_DIR/$name.stamp"
}

# Training runs trust the dev key whatever the suite's mode: their requests carry a dev token.
launch_training_service() { LAUNCH_AUTH_MODE=dev launch_service "$TRAINING_SERVICE" "$@"; }

# refresh_service_caches: trains the cache of every service whose cache is missing or stale, all
# at once (each on its port + AOT_TRAINING_PORT_OFFSET), before any instance starts.
refresh_service_caches() {
  local name stale=() started failed=0
  aot_capable || return 0
  for name in "${SERVICES[@]}"; do
    aot_current "$name" "$(dirname "$(service_jar "$name")")" || stale+=("$name")
  done
  if ((${#stale[@]} == 0)); then
    info "Start-up caches up to date ($SERVICE_JAVA)"
    return 0
  fi
  started=$(now_ms)
  info "Training start-up caches on $SERVICE_JAVA: ${stale[*]}"
  TRAINING_TOKEN=$(dev_tokens park-admin aot-training aot-training 600 '' '')
  for name in "${stale[@]}"; do
    TRAINING_SERVICE=$name train_aot_cache "$name" "$(dirname "$(service_jar "$name")")" \
      $(($(component_port "$name") + AOT_TRAINING_PORT_OFFSET)) launch_training_service &
  done
  for name in "${stale[@]}"; do wait -n || failed=$((failed + 1)); done
  info "  start-up caches trained in $(elapsed "$started")$( ((failed == 0)) || printf ' (%d without one)' "$failed")"
}
