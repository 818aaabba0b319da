# The nginx gateway: rendering its configuration, starting and stopping it.
# shellcheck shell=bash

# Absolute paths named by an nginx directive (pid, error_log, access_log) in the rendered config.
gateway_conf_paths() {
  local directive=$1 conf=$GATEWAY_DIR/nginx.conf path
  [[ -f $conf ]] || return 0
  sed -n "s/^[[:space:]]*${directive}[[:space:]]\{1,\}\([^;[:space:]]\{1,\}\).*/\1/p" "$conf" |
    while read -r path; do
      path=${path%\"} path=${path#\"} path=${path%\'} path=${path#\'}
      case $path in
        off | stderr | syslog:* | memory:* | *\$*) continue ;;
        /*) printf '%s\n' "$path" ;;
        *) printf '%s\n' "$GATEWAY_DIR/$path" ;;
      esac
    done | awk '!seen[$0]++'
}

gateway_pid_file() {
  local path candidate
  path=$(gateway_conf_paths pid | sed -n 1p)
  if [[ -n $path ]]; then
    printf '%s\n' "$path"
    return 0
  fi
  for candidate in "$GATEWAY_DIR/logs/nginx.pid" "$GATEWAY_DIR/nginx.pid" \
    "$(find "$GATEWAY_DIR" -name nginx.pid -print -quit 2>/dev/null)"; do
    [[ -n $candidate && -f $candidate ]] && { printf '%s\n' "$candidate"; return 0; }
  done
  printf '%s\n' "$GATEWAY_DIR/logs/nginx.pid"
}

gateway_log_files() {
  local files
  files=$( { gateway_conf_paths error_log; gateway_conf_paths access_log; } | awk '!seen[$0]++')
  [[ -n $files ]] || files=$(printf '%s\n' "$GATEWAY_DIR/logs/error.log" "$GATEWAY_DIR/logs/access.log")
  printf '%s\n' "$files"
}

nginx_cmd() { nginx -p "$GATEWAY_DIR/" -e "$GATEWAY_DIR/logs/error.log" -c "$GATEWAY_DIR/nginx.conf" "$@"; }

# The variables of the gateway's limits that GATEWAY_ENV_FILE keeps.
GATEWAY_KEPT_VARS=(RATE_LIMIT_RATE RATE_LIMIT_BURST RATE_LIMIT_ADDRESS_RATE RATE_LIMIT_ADDRESS_BURST)

# ENTERPRISE_UPSTREAM etc.: every instance of each service, for the gateway to balance across.
gateway_upstreams() {
  local name instance list
  for name in "${SERVICES[@]}"; do
    list=''
    while read -r instance; do
      [[ $(instance_service "$instance") == "$name" ]] && list+="${list:+ }127.0.0.1:$(component_port "$instance")"
    done < <(instances)
    printf '%s_UPSTREAM=%s\0' "${name^^}" "$list"
  done
}

start_gateway() {
  local log=$LOG_DIR/gateway.log pid deadline pair kept=() name upstreams=()
  if pid=$(component_pid gateway); then
    info "gateway already running (pid $pid)"
    return 0
  fi
  [[ -f $GATEWAY_RENDER ]] || die "$(rel "$GATEWAY_RENDER") is missing: the gateway cannot be rendered"
  mkdir -p "$GATEWAY_DIR/logs" "$RUN_DIR"
  rotate_log "$log"
  if [[ -r $GATEWAY_ENV_FILE ]]; then
    while IFS= read -r -d '' pair; do
      [[ -v ${pair%%=*} ]] || kept+=("$pair")
    done <"$GATEWAY_ENV_FILE"
  fi
  (
    for name in "${GATEWAY_KEPT_VARS[@]}"; do [[ ! -v $name ]] || printf '%s=%s\0' "$name" "${!name}"; done
    for pair in ${kept[@]+"${kept[@]}"}; do printf '%s\0' "$pair"; done
  ) >"$GATEWAY_ENV_FILE.new"
  mv -f "$GATEWAY_ENV_FILE.new" "$GATEWAY_ENV_FILE"
  mapfile -d '' -t upstreams < <(gateway_upstreams)
  # With Keycloak in the loop (up --oidc), the cockpit signs in there.
  [[ $(auth_mode) != oidc ]] || upstreams+=("COCKPIT_OIDC_ISSUER=$KEYCLOAK_ISSUER")
  info "gateway rendering its configuration into $(rel "$GATEWAY_DIR")"
  # RATE_LIMIT_RATE, RATE_LIMIT_BURST and the render's other variables pass through.
  if ! env ${kept[@]+"${kept[@]}"} "${upstreams[@]}" GATEWAY_PORT="$GATEWAY_PORT" \
    GATEWAY_PUBLIC_URL="$GATEWAY_URL" GATEWAY_DAEMON=on \
    bash "$GATEWAY_RENDER" "$GATEWAY_DIR" >"$log" 2>&1; then
    show_log_tail "$log"
    die "rendering the gateway configuration failed (log: $(rel "$log"))"
  fi
  [[ -f $GATEWAY_DIR/nginx.conf ]] || die "$(rel "$GATEWAY_RENDER") did not write $(rel "$GATEWAY_DIR/nginx.conf")"
  if ! nginx_cmd >>"$log" 2>&1; then
    show_log_tail "$log"
    die "starting nginx failed (log: $(rel "$log"))"
  fi
  deadline=$((SECONDS + 10))
  until pid=$(component_pid gateway); do
    ((SECONDS < deadline)) || die "nginx started but wrote no pid file at $(rel "$(gateway_pid_file)")"
    sleep 0.2
  done
  info "gateway starting on port $GATEWAY_PORT (pid $pid)"
}

stop_gateway() {
  local pid
  if ! pid=$(component_pid gateway); then
    info "gateway     not running"
    return 0
  fi
  if [[ -f $GATEWAY_DIR/nginx.conf ]]; then
    nginx_cmd -s quit 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  else
    kill -TERM "$pid" 2>/dev/null || true
  fi
  wait_for_exit gateway "$pid" 15
}
