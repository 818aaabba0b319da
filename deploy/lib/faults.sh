# Faults: stop, start, restart and kill one component of the running suite.
# shellcheck shell=bash

# The fault verbs (stop, start, restart, kill) act on one component of the running suite, for
# the chaos suite (deploy/chaos) and by hand. Callers hold /tmp/parksuite-suite.lock, and also
# /tmp/parksuite-build.lock around anything that stops PostgreSQL.
FAULT_USAGE="postgresql, kafka, keycloak, gateway or a service instance ($(printf '%s[-2], ' "${SERVICES[@]}" | sed 's/, $//'))"

fault_component() {
  { [[ -n ${1:-} ]] && { contains "$1" postgresql kafka keycloak gateway || is_instance "$1"; }; } ||
    die "not a component: '${1:-}'; one of $FAULT_USAGE"
}

# The pid of PostgreSQL's postmaster, from its data folder.
postmaster_pid() {
  local pid
  pg_find_cluster || return 1
  read -r pid <"$PG_DATA/postmaster.pid" 2>/dev/null || return 1
  [[ $pid =~ ^[0-9]+$ ]] && pid_alive "$pid" && printf '%s\n' "$pid"
}

cmd_stop() {
  (($# == 1)) || die "usage: deploy/suite stop <component>"
  fault_component "$1"
  mkdir -p "$RUN_DIR"
  case $1 in
    postgresql)
      pg_find_cluster || die "no PostgreSQL cluster found"
      if [[ $PG_STATUS == online* ]]; then
        as_root pg_ctlcluster --mode fast "$PG_VERSION" "$PG_CLUSTER" stop || die "stopping PostgreSQL failed"
        info "postgresql  stopped"
      else
        info "postgresql  not running"
      fi
      ;;
    gateway) stop_gateway ;;
    kafka) stop_processes 60 kafka ;;
    *) stop_processes 30 "$1" ;;
  esac
}

# start <component> [--no-wait]: a service instance starts as `up` started it (token mode,
# saved PARKSUITE_*/QUARKUS_*/MP_MESSAGING_* variables, the caller's winning) and is waited for
# until ready unless --no-wait (e.g. while PostgreSQL is down, which it then waits for).
cmd_start() {
  local c=${1:-} wait=true started pid user
  (($# >= 1)) || die "usage: deploy/suite start <component> [--no-wait]"
  shift
  case ${1:-} in
    '') ;;
    --no-wait) wait=false ;;
    *) die "start: unknown option $1 (usage: deploy/suite start <component> [--no-wait])" ;;
  esac
  fault_component "$c"
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  started=$(now_ms)
  case $c in
    postgresql)
      pg_find_cluster || die "no PostgreSQL cluster found"
      if [[ $PG_STATUS == online* ]]; then
        info "postgresql  already running"
      else
        as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start ||
          die "starting PostgreSQL $PG_VERSION/$PG_CLUSTER failed (log: $PG_LOG)"
        info "postgresql  started"
      fi
      ! $wait || wait_for_postgres
      ;;
    kafka) ensure_kafka --no-topics ;;
    keycloak) ensure_keycloak ;;
    gateway)
      start_gateway
      ! $wait || wait_until_ready "$started" gateway
      ;;
    *)
      if pid=$(component_pid "$c"); then
        info "$c already running (pid $pid)"
      else
        user=$(port_user "$(component_port "$c")")
        [[ -z $user ]] || die "port $(component_port "$c") ($c) is taken by $user"
        [[ $c != *-2 ]] || (($(recorded_replicas) >= 2)) ||
          warn "the suite runs one instance per service: the gateway does not forward to $c"
        load_secrets
        start_service "$c"
      fi
      ! $wait || wait_until_ready "$started" "$c"
      ;;
  esac
  info "$c started in $(elapsed "$started")"
}

cmd_restart() {
  local c=${1:-}
  (($# >= 1)) || die "usage: deploy/suite restart <component> [--no-wait]"
  fault_component "$c"
  cmd_stop "$c"
  cmd_start "$@"
}

# kill <component> [--signal KILL|TERM]: signals the component's process (the postmaster for
# postgresql; nginx's master and workers for the gateway) and returns once it is gone.
cmd_kill() {
  local c=${1:-} signal=KILL pids=() pid deadline port
  (($# >= 1)) || die "usage: deploy/suite kill <component> [--signal KILL|TERM]"
  shift
  while (($#)); do
    case $1 in
      --signal) signal=${2:-}; shift 2 || shift ;;
      --signal=*) signal=${1#*=}; shift ;;
      *) die "kill: unknown option $1 (usage: deploy/suite kill <component> [--signal KILL|TERM])" ;;
    esac
  done
  signal=${signal#SIG}
  [[ $signal == KILL || $signal == TERM ]] || die "kill: --signal takes KILL or TERM, not '$signal'"
  fault_component "$c"
  case $c in
    postgresql) pid=$(postmaster_pid) || die "postgresql is not running" ;;
    *) pid=$(component_pid "$c") || die "$c is not running" ;;
  esac
  pids=("$pid")
  # nginx's workers outlive a killed master and keep the port: they go too.
  [[ $c != gateway ]] || mapfile -t -O 1 pids < <(pgrep -P "$pid" || true)
  if [[ $c == postgresql ]]; then
    as_root kill -s "$signal" "${pids[@]}"
  else
    kill -s "$signal" "${pids[@]}"
  fi
  deadline=$((SECONDS + 60))
  for pid in "${pids[@]}"; do
    while pid_alive "$pid"; do
      ((SECONDS < deadline)) || die "$c (pid $pid) is still running 60 s after SIG$signal"
      sleep 0.1
    done
  done
  # A JVM's main thread is a zombie while its other threads still exit holding its sockets: the
  # component is gone when its port is free, so that a start right after finds it free.
  if [[ $c != postgresql ]]; then
    port=$(component_port "$c")
    while [[ -n $(port_user "$port") ]]; do
      ((SECONDS < deadline)) || die "port $port of $c is still taken 60 s after SIG$signal"
      sleep 0.1
    done
  fi
  info "$c killed (SIG$signal, pid ${pids[*]})"
}
