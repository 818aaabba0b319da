# PostgreSQL: the local database password, the cluster, the suite's roles and databases.
# shellcheck shell=bash

# --- Secrets ------------------------------------------------------------------------------------

load_secrets() {
  local password
  mkdir -p "$STATE_DIR"
  if ! grep -q '^DB_PASSWORD=' "$SECRETS_FILE" 2>/dev/null; then
    password=$(head -c 96 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9')
    (umask 077 && printf 'DB_PASSWORD=%s\n' "${password:0:24}" >>"$SECRETS_FILE")
    info "Generated a local database password in $(rel "$SECRETS_FILE")"
  fi
  chmod 600 "$SECRETS_FILE"
  DB_PASSWORD=$(sed -n 's/^DB_PASSWORD=//p' "$SECRETS_FILE" | tail -n1)
  [[ $DB_PASSWORD =~ ^[A-Za-z0-9._~-]+$ ]] ||
    die "DB_PASSWORD in $(rel "$SECRETS_FILE") must be letters, digits or ._~- only: fix or delete the file"
}

# --- PostgreSQL ---------------------------------------------------------------------------------

PG_VERSION='' PG_CLUSTER='' PG_PORT='' PG_STATUS='' PG_DATA='' PG_LOG=''

# Reads the cluster of this machine (the one on 5432, else the first) into PG_*; false if none.
pg_find_cluster() {
  have pg_lsclusters || return 1
  local line
  line=$(pg_lsclusters -h 2>/dev/null | awk '$3 == 5432 && found == "" { found = $0 } NR == 1 { first = $0 }
    END { print (found != "" ? found : first) }')
  [[ -n $line ]] || return 1
  # shellcheck disable=SC2034 # PG_DATA is read by status and kill (lifecycle.sh, faults.sh)
  read -r PG_VERSION PG_CLUSTER PG_PORT PG_STATUS _ PG_DATA PG_LOG <<<"$line"
}

pg_online() { pg_find_cluster && [[ $PG_STATUS == online* && $PG_PORT == 5432 ]]; }

ensure_postgres() {
  local started newest
  have pg_lsclusters || install_packages postgresql
  if ! pg_find_cluster; then
    newest=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -V | tail -n1)
    [[ -n $newest ]] || die "PostgreSQL is installed but no server version was found under /usr/lib/postgresql"
    info "Creating PostgreSQL cluster $newest/main"
    as_root pg_createcluster "$newest" main --port 5432 >/dev/null
    pg_find_cluster || die "creating PostgreSQL cluster $newest/main failed"
  fi
  [[ $PG_PORT == 5432 ]] ||
    die "PostgreSQL cluster $PG_VERSION/$PG_CLUSTER uses port $PG_PORT; the suite needs one on 5432"
  if [[ $PG_STATUS == online* ]]; then
    info "PostgreSQL $PG_VERSION/$PG_CLUSTER already running"
  else
    started=$(now_ms)
    as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start ||
      die "starting PostgreSQL $PG_VERSION/$PG_CLUSTER failed (log: $PG_LOG)"
    printf '%s %s\n' "$PG_VERSION" "$PG_CLUSTER" >"$RUN_DIR/postgresql.started"
    info "PostgreSQL $PG_VERSION/$PG_CLUSTER started in $(elapsed "$started")"
  fi
  wait_for_postgres
  bootstrap_databases
}

wait_for_postgres() {
  local deadline=$((SECONDS + 30))
  until pg_isready -q -h 127.0.0.1 -p 5432; do
    ((SECONDS < deadline)) || die "PostgreSQL is not accepting connections on 127.0.0.1:5432 after 30 s (log: $PG_LOG)"
    sleep 0.5
  done
}

# Roles enterprise/project/indicator/approval (password DB_PASSWORD) and their two databases each
# (<name>, <name>_test), plus the pg_trgm extension everywhere. Safe to repeat.
bootstrap_databases() {
  local name db sql
  sql=$(
    printf '\\set ON_ERROR_STOP on\n'
    printf "\\\\set pw '%s'\n" "$DB_PASSWORD"
    for name in "${SERVICES[@]}"; do
      printf "SELECT 'CREATE ROLE %s LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%s') \\\\gexec\n" "$name" "$name"
      printf "ALTER ROLE %s WITH LOGIN PASSWORD :'pw';\n" "$name"
      for db in "$name" "${name}_test"; do
        printf "SELECT 'CREATE DATABASE %s OWNER %s' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '%s') \\\\gexec\n" "$db" "$name" "$db"
        printf 'ALTER DATABASE %s OWNER TO %s;\n' "$db" "$name"
      done
    done
    for name in "${SERVICES[@]}"; do
      for db in "$name" "${name}_test"; do
        printf '\\connect %s\nCREATE EXTENSION IF NOT EXISTS pg_trgm;\n' "$db"
      done
    done
  )
  as_postgres env PGOPTIONS='-c client_min_messages=warning' \
    psql -X -q -p 5432 -d postgres -f - >/dev/null <<<"$sql" ||
    die "creating the suite's PostgreSQL roles and databases failed"
  info "PostgreSQL roles and databases ready: ${SERVICES[*]} (each with a _test database)"
}

stop_postgres_if_ours() {
  local marker=$RUN_DIR/postgresql.started
  [[ -f $marker ]] || { info "postgresql  left running (not started by the suite)"; return 0; }
  if pg_online; then
    as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop || die "stopping PostgreSQL failed"
    info "postgresql  stopped"
  else
    info "postgresql  not running"
  fi
  rm -f "$marker"
}
