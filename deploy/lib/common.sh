# Helpers every job uses: messages, timing, components, ports, pids, readiness, running as root.
# shellcheck shell=bash

die() {
  printf 'suite: %s\n' "$*" >&2
  exit 1
}
info() { printf '%s\n' "$*"; }
warn() { printf 'suite: warning: %s\n' "$*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }
now_ms() { date +%s%3N; }
# Seconds with one decimal since the given now_ms value.
elapsed() { local ms=$(($(now_ms) - $1)); printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100)); }
rel() { printf '%s' "${1#"$ROOT"/}"; }

instance_service() { printf '%s\n' "${1%-2}"; }
is_instance() {
  local service=${1%-2}
  contains "$service" "${SERVICES[@]}" && [[ $1 == "$service" || $1 == "$service-2" ]]
}

# The number of instances per service of the running suite (1 when none was recorded).
recorded_replicas() { if [[ -r $REPLICAS_FILE ]]; then cat "$REPLICAS_FILE"; else echo 1; fi; }

# instances [N]: the instance names for N instances per service (default: the recorded number).
instances() {
  local n=${1:-$(recorded_replicas)} name
  for name in "${SERVICES[@]}"; do
    printf '%s\n' "$name"
    ((n < 2)) || printf '%s\n' "$name-2"
  done
}

# Every instance name there can be, for stopping whatever runs.
all_instances() { instances 2; }

check_replicas() { [[ $1 =~ ^[12]$ ]] || die "replicas must be 1 or 2, not '$1'"; }

component_port() {
  case $1 in
    *-2) is_instance "$1" && echo $(($(component_port "${1%-2}") + SECOND_PORT_OFFSET)) ;;
    postgresql) echo 5432 ;;
    kafka) echo 9092 ;;
    keycloak) echo "$KEYCLOAK_PORT" ;;
    enterprise) echo 8081 ;;
    project) echo 8082 ;;
    indicator) echo 8083 ;;
    approval) echo 8084 ;;
    gateway) echo "$GATEWAY_PORT" ;;
    *) return 1 ;;
  esac
}

component_ports() {
  case $1 in
    kafka) echo 9092 9093 ;;
    *) component_port "$1" ;;
  esac
}

# contains WORD LIST...: true if WORD is one of LIST.
contains() {
  local word=$1 item
  shift
  for item in "$@"; do [[ $item == "$word" ]] && return 0; done
  return 1
}
is_component() { contains "$1" "${COMPONENTS[@]}" || is_instance "$1"; }
# The fast-jar of a service's build (tests, images), and the jar its instances run: the aot-jar where
# their JVM has an AOT cache, so that the cache holds the application's classes too.
fast_jar() { printf '%s/%s-service/target/quarkus-app/quarkus-run.jar' "$ROOT" "$1"; }
service_jar() {
  if aot_capable; then printf '%s/%s-service/target/%s/quarkus-run.jar' "$ROOT" "$1" "$AOT_JAR_DIR"; else fast_jar "$1"; fi
}
running_jar() { printf '%s/%s/quarkus-run.jar' "$APPS_DIR" "$1"; }

# True for a live process (zombies count as gone).
pid_alive() {
  local state
  kill -0 "$1" 2>/dev/null || return 1
  state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 0
  [[ $state != Z ]]
}

# Prints the pid of a suite-managed component if it runs (the pid file's process, checked by its
# command line so a reused pid is not mistaken for ours).
component_pid() {
  local name=$1 pidfile marker pid cmdline
  case $name in
    kafka) pidfile=$RUN_DIR/kafka.pid marker=kafka.Kafka ;;
    keycloak) pidfile=$RUN_DIR/keycloak.pid marker=$KEYCLOAK_HOME ;;
    gateway) pidfile=$(gateway_pid_file) marker=nginx ;;
    *) pidfile=$RUN_DIR/$name.pid marker=$(running_jar "$name") ;;
  esac
  [[ -r $pidfile ]] || return 1
  read -r pid <"$pidfile" 2>/dev/null || return 1
  [[ $pid =~ ^[0-9]+$ ]] && pid_alive "$pid" || return 1
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) && [[ $cmdline == *"$marker"* ]] || return 1
  printf '%s\n' "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Describes the process listening on a TCP port ("python3 (pid 123)"); prints nothing if free.
port_user() {
  local port=$1 out
  if have ss; then
    out=$(ss -Hltnp "sport = :$port" 2>/dev/null || true)
    [[ -n $out ]] || return 0
    if [[ $out =~ \(\(\"([^\"]+)\",pid=([0-9]+) ]]; then
      printf '%s (pid %s)\n' "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
    else
      echo "another process"
    fi
  elif have lsof; then
    out=$(lsof -nP -iTCP:"$port" -sTCP:LISTEN -Fpc 2>/dev/null || true)
    [[ -n $out ]] || return 0
    printf '%s (pid %s)\n' "$(sed -n '/^c/{s/^c//p;q}' <<<"$out")" "$(sed -n '/^p/{s/^p//p;q}' <<<"$out")"
  elif port_open "$port"; then
    echo "another process"
  fi
}

http_ok() { curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; }

component_ready() {
  case $1 in
    postgresql) pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null ;;
    kafka) port_open 9092 ;;
    keycloak) http_ok "$KEYCLOAK_ISSUER/.well-known/openid-configuration" ;;
    gateway) http_ok "$GATEWAY_URL/gateway/health" ;;
    *) http_ok "http://127.0.0.1:$(component_port "$1")/q/health/ready" ;;
  esac
}

# Moves the previous log aside so each start has its own.
rotate_log() { [[ ! -s $1 ]] || mv -f "$1" "$1.1"; }

show_log_tail() {
  local file=$1 lines=${2:-40}
  [[ -s $file ]] || return 0
  printf -- '--- last %s lines of %s ---\n' "$lines" "$(rel "$file")" >&2
  tail -n "$lines" "$file" >&2
  printf -- '---\n' >&2
}

# Runs a command as root (directly, or through sudo).
can_be_root() { ((EUID == 0)) || have sudo; }
as_root() {
  if ((EUID == 0)); then
    "$@"
  elif have sudo; then
    sudo "$@"
  else
    die "'$*' needs root: run as root or install sudo"
  fi
}

# Runs a command as the postgres system user, from / so it can read its working directory.
as_postgres() {
  (
    cd /
    if [[ $(id -un) == postgres ]]; then
      "$@"
    elif ((EUID == 0)) && have runuser; then
      runuser -u postgres -- "$@"
    elif ((EUID == 0)); then
      su -s /bin/sh postgres -c "$(printf '%q ' "$@")"
    else
      sudo -u postgres -- "$@"
    fi
  )
}
