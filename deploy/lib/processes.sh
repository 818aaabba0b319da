# Process supervisor: starting service instances, stopping processes, waiting for readiness.
# shellcheck shell=bash

# --- Services -----------------------------------------------------------------------------------

save_service_env() {
  local name
  (umask 077 && : >"$SERVICE_ENV_FILE")
  while IFS= read -r name; do
    [[ $name == QUARKUS_HTTP_PORT ]] || printf '%s=%s\0' "$name" "${!name}" >>"$SERVICE_ENV_FILE"
  done < <(compgen -e | grep -E '^(PARKSUITE|QUARKUS|MP_MESSAGING)_' || true)
}

# Prints NAME=VALUE lines (NUL-separated) of the saved variables the caller has not set.
saved_service_env() {
  local pair
  [[ -r $SERVICE_ENV_FILE ]] || return 0
  while IFS= read -r -d '' pair; do
    [[ -v ${pair%%=*} ]] || printf '%s\0' "$pair"
  done <"$SERVICE_ENV_FILE"
}

# start_service INSTANCE: launches one instance from a fresh copy of its service's build.
start_service() {
  local name=$1 service port log
  service=$(instance_service "$name")
  port=$(component_port "$name")
  resolve_service_java
  [[ -f $(service_jar "$service") ]] ||
    die "$(rel "$(service_jar "$service")") is missing: build it (deploy/suite up)"
  rm -rf "${APPS_DIR:?}/$name"
  mkdir -p "$APPS_DIR" "$LOG_DIR" "$RUN_DIR"
  cp -a "$(dirname "$(service_jar "$service")")" "$APPS_DIR/$name"
  log=$LOG_DIR/$name.log
  rotate_log "$log"
  launch_service "$service" "$APPS_DIR/$name" "$port" "$log"
  printf '%s\n' "$LAUNCHED_PID" >"$RUN_DIR/$name.pid"
  info "$name starting on port $port (pid $LAUNCHED_PID)"
}

# launch_service SERVICE APP_DIR PORT LOG [JAVA_FLAG...]: starts SERVICE's build (or a copy of it)
# from APP_DIR on PORT with the suite's settings and its start-up cache; sets LAUNCHED_PID. The
# tokens it trusts are those of the suite's mode, or of LAUNCH_AUTH_MODE when set.
launch_service() {
  local service=$1 app=$2 port=$3 log=$4 issuer=$JWT_ISSUER keys=$JWT_DIR/public-key.pem saved=()
  shift 4
  if [[ ${LAUNCH_AUTH_MODE:-$(auth_mode)} == oidc ]]; then
    issuer=$KEYCLOAK_ISSUER keys=$KEYCLOAK_JWKS
  fi
  java_command "$service" "$app" "$@"
  mapfile -d '' -t saved < <(saved_service_env)
  env ${saved[@]+"${saved[@]}"} \
    DB_PASSWORD="$DB_PASSWORD" \
    KAFKA_BOOTSTRAP_SERVERS="$KAFKA_BOOTSTRAP" \
    JWT_ISSUER="$issuer" \
    JWT_AUDIENCE="$JWT_AUDIENCE" \
    JWT_PUBLIC_KEY_LOCATION="$keys" \
    GATEWAY_PUBLIC_URL="$GATEWAY_URL" \
    QUARKUS_HTTP_PORT="$port" \
    nohup "${JAVA_COMMAND[@]}" >"$log" 2>&1 </dev/null &
  LAUNCHED_PID=$!
}

# --- Stopping -----------------------------------------------------------------------------------

# Waits for a signalled process to end, killing it after a timeout.
wait_for_exit() {
  local name=$1 pid=$2 timeout=$3 deadline
  deadline=$((SECONDS + timeout))
  while pid_alive "$pid"; do
    if ((SECONDS >= deadline)); then
      warn "$name (pid $pid) did not stop within $timeout s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.2
  done
  printf '%-11s stopped (pid %s)\n' "$name" "$pid"
}

# stop_processes TIMEOUT COMPONENT...: SIGTERM to all at once, then wait for each.
stop_processes() {
  local timeout=$1 name pid names=() pids=() i
  shift
  for name in "$@"; do
    if pid=$(component_pid "$name"); then
      kill -TERM "$pid" 2>/dev/null || true
      names+=("$name") pids+=("$pid")
    else
      printf '%-11s not running\n' "$name"
    fi
  done
  for i in "${!pids[@]}"; do
    wait_for_exit "${names[i]}" "${pids[i]}" "$timeout"
    rm -f "$RUN_DIR/${names[i]}.pid"
  done
}

stop_services_and_gateway() {
  stop_gateway
  # shellcheck disable=SC2046 # one word per instance name
  stop_processes 30 $(all_instances)
}

# --- Readiness ----------------------------------------------------------------------------------

# wait_until_ready START_MS COMPONENT...: polls all at once, one line per component as it is ready.
wait_until_ready() {
  local started=$1 c pending still log
  shift
  pending=("$@")
  while ((${#pending[@]})); do
    still=()
    for c in "${pending[@]}"; do
      if component_ready "$c"; then
        printf '  %-11s ready after %s\n' "$c" "$(elapsed "$started")"
      elif ! component_pid "$c" >/dev/null; then
        log=$LOG_DIR/$c.log
        show_log_tail "$log"
        die "$c stopped while starting (log: $(rel "$log"))"
      else
        still+=("$c")
      fi
    done
    pending=(${still[@]+"${still[@]}"})
    ((${#pending[@]})) || break
    if (($(now_ms) - started >= READY_TIMEOUT * 1000)); then
      for c in "${pending[@]}"; do show_log_tail "$LOG_DIR/$c.log" 30; done
      die "not ready after $READY_TIMEOUT s: ${pending[*]}"
    fi
    sleep 0.2
  done
}
