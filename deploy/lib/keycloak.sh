# Keycloak (up --oidc): its distribution, secrets and realm, the server and its tokens.
# shellcheck shell=bash

ensure_keycloak_dist() {
  [[ -x $KEYCLOAK_HOME/bin/kc.sh ]] && return 0
  local started zip=$TOOLS_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip
  ensure_maven
  started=$(now_ms)
  info "Fetching Keycloak $KEYCLOAK_VERSION (org.keycloak:keycloak-quarkus-dist) into $(rel "$TOOLS_DIR")"
  mkdir -p "$TOOLS_DIR"
  (cd "$TOOLS_DIR" && "$MVN" -B -q "$DEPENDENCY_PLUGIN:copy" \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$TOOLS_DIR") ||
    die "fetching Keycloak $KEYCLOAK_VERSION failed"
  rm -rf "$KEYCLOAK_HOME"
  unpack_zip "$zip" "$TOOLS_DIR" || die "unpacking $(rel "$zip") failed"
  rm -f "$zip"
  chmod +x "$KEYCLOAK_HOME"/bin/*.sh
  [[ -x $KEYCLOAK_HOME/bin/kc.sh ]] || die "Keycloak $KEYCLOAK_VERSION was not unpacked to $(rel "$KEYCLOAK_HOME")"
  info "  Keycloak $KEYCLOAK_VERSION ready in $(elapsed "$started")"
}

# The realm's client secrets, the test users' password and the local admin's password: generated
# once into .state/keycloak/secrets.env (mode 600), never committed. The realm file names them as
# ${PARKSUITE_KEYCLOAK_...} placeholders, which Keycloak fills from its environment on import.
KEYCLOAK_SECRET_NAMES=(PARKSUITE_KEYCLOAK_E2E_SECRET PARKSUITE_KEYCLOAK_GOV_STATISTICS_SECRET
  PARKSUITE_KEYCLOAK_GOV_MARKET_SECRET PARKSUITE_KEYCLOAK_USER_PASSWORD KC_BOOTSTRAP_ADMIN_PASSWORD)

load_keycloak_secrets() {
  local name value
  mkdir -p "$KEYCLOAK_STATE"
  for name in "${KEYCLOAK_SECRET_NAMES[@]}"; do
    if ! grep -q "^$name=" "$KEYCLOAK_SECRETS" 2>/dev/null; then
      value=$(head -c 96 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9')
      (umask 077 && printf '%s=%s\n' "$name" "${value:0:32}" >>"$KEYCLOAK_SECRETS")
    fi
  done
  chmod 600 "$KEYCLOAK_SECRETS"
  for name in "${KEYCLOAK_SECRET_NAMES[@]}"; do
    value=$(sed -n "s/^$name=//p" "$KEYCLOAK_SECRETS" | tail -n1)
    [[ $value =~ ^[A-Za-z0-9._~-]+$ ]] ||
      die "$name in $(rel "$KEYCLOAK_SECRETS") must be letters, digits or ._~- only: fix or delete the file"
    printf -v "$name" '%s' "$value"
  done
}

# Keycloak's database (H2 file) lives in .state/keycloak/data/h2. The realm is imported (from the
# distribution's data/import, where Keycloak looks) when the database is new; a changed realm file
# or secrets file starts a fresh database, so the running realm is always the committed one.
prepare_keycloak_data() {
  local stamp=$KEYCLOAK_STATE/realm.sha256 sum
  sum=$(cat "$KEYCLOAK_REALM_FILE" "$KEYCLOAK_SECRETS" | sha256sum | cut -d' ' -f1)
  if [[ ! -f $stamp || $(<"$stamp") != "$sum" ]]; then
    [[ ! -d $KEYCLOAK_STATE/data ]] || info "Keycloak: the realm or its secrets changed, starting from a fresh database"
    rm -rf "$KEYCLOAK_STATE/data"
  fi
  mkdir -p "$KEYCLOAK_STATE/data" "$KEYCLOAK_HOME/data/import"
  cp "$KEYCLOAK_REALM_FILE" "$KEYCLOAK_HOME/data/import/"
  printf '%s\n' "$sum" >"$stamp"
}

ensure_keycloak() {
  local pid log=$LOG_DIR/keycloak.log started user
  if pid=$(component_pid keycloak); then
    info "Keycloak already running (pid $pid)"
    return 0
  fi
  user=$(port_user "$KEYCLOAK_PORT")
  [[ -z $user ]] || die "port $KEYCLOAK_PORT (keycloak) is taken by $user: stop it first"
  check_java
  ensure_keycloak_dist
  load_keycloak_secrets
  prepare_keycloak_data
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  rotate_log "$log"
  started=$(now_ms)
  # start-dev: HTTP, local caches, no theme caching; the fixed hostname makes one issuer.
  # C1 only and a capped heap: it serves a few hundred token requests, not a park.
  PARKSUITE_KEYCLOAK_E2E_SECRET=$PARKSUITE_KEYCLOAK_E2E_SECRET \
    PARKSUITE_KEYCLOAK_GOV_STATISTICS_SECRET=$PARKSUITE_KEYCLOAK_GOV_STATISTICS_SECRET \
    PARKSUITE_KEYCLOAK_GOV_MARKET_SECRET=$PARKSUITE_KEYCLOAK_GOV_MARKET_SECRET \
    PARKSUITE_KEYCLOAK_USER_PASSWORD=$PARKSUITE_KEYCLOAK_USER_PASSWORD \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin \
    KC_BOOTSTRAP_ADMIN_PASSWORD=$KC_BOOTSTRAP_ADMIN_PASSWORD \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx$KEYCLOAK_HEAP -XX:MaxMetaspaceSize=256m" \
    JAVA_OPTS_APPEND="-XX:TieredStopAtLevel=1" \
    nohup "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
    --hostname="$KEYCLOAK_URL" --hostname-strict=true \
    --db=dev-file --db-url-path="$KEYCLOAK_STATE" --import-realm \
    --cache=local --log-level=info,org.keycloak.events:warn >"$log" 2>&1 </dev/null &
  pid=$!
  printf '%s\n' "$pid" >"$RUN_DIR/keycloak.pid"
  info "Keycloak starting on port $KEYCLOAK_PORT (pid $pid)"
  until component_ready keycloak; do
    if ! pid_alive "$pid"; then
      show_log_tail "$log"
      die "Keycloak stopped while starting (log: $(rel "$log"))"
    fi
    if (($(now_ms) - started >= READY_TIMEOUT * 1000)); then
      show_log_tail "$log"
      die "Keycloak is not ready after $READY_TIMEOUT s (log: $(rel "$log"))"
    fi
    sleep 1
  done
  info "  Keycloak ready in $(elapsed "$started"): issuer $KEYCLOAK_ISSUER"
}

# keycloak_token USER: an access token for one of the realm's users (named after its role, or
# enterprise-a / enterprise-b), by the test-only password-grant client.
keycloak_token() {
  local user=$1 out token
  load_keycloak_secrets
  out=$(curl -sS --max-time 20 -X POST "$KEYCLOAK_TOKEN_URL" \
    --data-urlencode grant_type=password --data-urlencode "client_id=$KEYCLOAK_TEST_CLIENT" \
    --data-urlencode "client_secret=$PARKSUITE_KEYCLOAK_E2E_SECRET" --data-urlencode "username=$user" \
    --data-urlencode "password=$PARKSUITE_KEYCLOAK_USER_PASSWORD" --data-urlencode scope=openid) ||
    die "Keycloak at $KEYCLOAK_URL did not answer (deploy/suite up --oidc starts it)"
  token=$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$out")
  [[ -n $token ]] || die "Keycloak refused a token for '$user': $out"
  printf '%s\n' "$token"
}

# The token mode of the running services ("dev" or "oidc"); "dev" when none was recorded.
auth_mode() { if [[ -r $AUTH_MODE_FILE ]]; then cat "$AUTH_MODE_FILE"; else echo dev; fi; }
