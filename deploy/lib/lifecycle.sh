# The suite's own commands: up, down, status and logs.
# shellcheck shell=bash

print_urls() {
  local name port
  cat <<EOF

Park Suite is up:
  gateway      $GATEWAY_URL/
  API portal   $GATEWAY_URL/
  cockpit      $GATEWAY_URL/cockpit/
EOF
  for name in $(instances); do
    port=$(component_port "$name")
    printf '  %-12s http://127.0.0.1:%s/q/swagger-ui   http://127.0.0.1:%s/q/health\n' "$name" "$port" "$port"
  done
  cat <<EOF
  Kafka        $KAFKA_BOOTSTRAP
  PostgreSQL   127.0.0.1:5432 (roles and databases ${SERVICES[*]}; password in $(rel "$SECRETS_FILE"))
EOF
  if [[ $(auth_mode) == oidc ]]; then
    cat <<EOF
  Keycloak     $KEYCLOAK_URL/admin/ (realm $KEYCLOAK_REALM, issuer $KEYCLOAK_ISSUER;
               admin, users' password and client secrets in $(rel "$KEYCLOAK_SECRETS"))
  Tokens       Keycloak's: deploy/suite token --oidc <user> (users named after their role,
               enterprise-a, enterprise-b)
EOF
  else
    info "  Tokens       dev key: deploy/suite token <role>"
  fi
}


# up: --replicas N (or SUITE_REPLICAS) instances per service; without either, a running suite
# keeps its number and a stopped one starts one instance each.
cmd_up() {
  local build=true mode=dev arg started name pid pkgs to_wait=() ready_from running=() replicas=''
  local previous
  while (($#)); do
    arg=$1
    shift
    case $arg in
      --no-build) build=false ;;
      --oidc) mode=oidc ;;
      --replicas) replicas=${1:-}; shift || true ;;
      --replicas=*) replicas=${arg#*=} ;;
      *) die "up: unknown option $arg (usage: deploy/suite up [--no-build] [--oidc] [--replicas 1|2])" ;;
    esac
  done
  for name in $(all_instances); do
    component_pid "$name" >/dev/null && running+=("$name")
  done
  previous=$(recorded_replicas)
  if [[ -z $replicas ]]; then
    replicas=${SUITE_REPLICAS:-}
    [[ -n $replicas ]] || if ((${#running[@]})); then replicas=$previous; else replicas=1; fi
  fi
  check_replicas "$replicas"
  if ((${#running[@]})) && [[ $(auth_mode) != "$mode" ]]; then
    die "${running[*]} run with $(auth_mode) tokens: run deploy/suite down first to switch to $mode tokens"
  fi
  started=$(now_ms)
  check_java
  mapfile -t pkgs < <(missing_packages)
  check_can_install ${pkgs[@]+"${pkgs[@]}"}
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  check_ports "$replicas"
  install_packages ${pkgs[@]+"${pkgs[@]}"}
  load_secrets
  ensure_postgres
  ensure_kafka
  if [[ $mode == oidc ]]; then ensure_keycloak; fi
  if $build; then build_services; fi
  package_for_aot_cache
  printf '%s\n' "$mode" >"$AUTH_MODE_FILE"
  printf '%s\n' "$replicas" >"$REPLICAS_FILE"
  ((${#running[@]})) || save_service_env

  resolve_service_java
  for name in "${SERVICES[@]}"; do
    [[ -f $(service_jar "$name") ]] ||
      die "$(rel "$(service_jar "$name")") is missing: build it (deploy/suite up without --no-build)"
  done
  refresh_service_caches
  # Instances beyond the number asked for stop; the gateway then forwards to the others only.
  for name in $(all_instances); do
    if ! instances | grep -qxF -- "$name" && component_pid "$name" >/dev/null; then
      stop_processes 30 "$name"
    fi
  done
  ready_from=$(now_ms)
  for name in $(instances); do
    if pid=$(component_pid "$name"); then
      info "$name already running (pid $pid)"
    else
      start_service "$name"
    fi
    to_wait+=("$name")
  done
  if [[ $previous != "$replicas" ]] && component_pid gateway >/dev/null; then
    info "gateway restarting: $replicas instance(s) per service now"
    stop_gateway
  fi
  start_gateway
  to_wait+=(gateway)
  info "Waiting for readiness (up to $READY_TIMEOUT s)"
  wait_until_ready "$ready_from" "${to_wait[@]}"
  print_urls
  info "Wall time: $(elapsed "$started")"
}

cmd_down() {
  (($# == 0)) || die "down takes no arguments"
  mkdir -p "$RUN_DIR"
  stop_services_and_gateway
  stop_yardstick
  stop_processes 30 keycloak
  rm -f "$AUTH_MODE_FILE" "$REPLICAS_FILE" "$GATEWAY_ENV_FILE" "$SERVICE_ENV_FILE"
  stop_processes 60 kafka
  stop_postgres_if_ours
}

# The components status lists: second instances when recorded or running.
status_components() {
  local name
  printf '%s\n' postgresql kafka keycloak
  for name in "${SERVICES[@]}"; do
    printf '%s\n' "$name"
    if (($(recorded_replicas) >= 2)) || component_pid "$name-2" >/dev/null; then printf '%s\n' "$name-2"; fi
  done
  printf '%s\n' gateway
}

cmd_status() {
  local c pid port state ready user note
  printf '%-13s %-8s %-8s %-6s %s\n' COMPONENT STATE PID PORT READY
  for c in $(status_components); do
    port=$(component_port "$c") pid=- state=stopped ready=- note=''
    if [[ $c == postgresql ]]; then
      if ! have pg_lsclusters; then
        state='missing'
      elif pg_online; then
        state=running
        pid=$(head -n1 "$PG_DATA/postmaster.pid" 2>/dev/null || echo -)
        [[ -f $RUN_DIR/postgresql.started ]] && note=' (started by the suite)'
      fi
    elif pid=$(component_pid "$c"); then
      state=running
    else
      pid=-
    fi
    if [[ $state == running ]]; then
      if component_ready "$c"; then ready=ready; else ready='not ready'; fi
    else
      user=$(port_user "$port")
      [[ -z $user ]] || note=" (port taken by $user)"
    fi
    printf '%-13s %-8s %-8s %-6s %s%s\n' "$c" "$state" "$pid" "$port" "$ready" "$note"
  done
}

cmd_logs() {
  local c=${1:-} files=() file
  if (($# != 1)) || ! is_component "$c"; then
    die "usage: deploy/suite logs <$(IFS='|' && echo "${COMPONENTS[*]}")|<service>-2>"
  fi
  case $c in
    postgresql)
      pg_find_cluster || die "no PostgreSQL cluster found"
      files=("$PG_LOG")
      ;;
    gateway) mapfile -t files < <(gateway_log_files) ;;
    *) files=("$LOG_DIR/$c.log") ;;
  esac
  for file in "${files[@]}"; do
    [[ -e $file ]] || die "no log yet at $(rel "$file")"
  done
  exec tail -n 200 -F "${files[@]}"
}
