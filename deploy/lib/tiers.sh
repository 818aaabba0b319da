# The test-tier runner: deploy/suite test, each tier timed.
# shellcheck shell=bash

TIER_NAMES=() TIER_RESULTS=() TIER_TIMES=() TESTS_FAILED=false TEST_STARTED=0
CURRENT_TIER='' CURRENT_TIER_STARTED=0

record_tier() { TIER_NAMES+=("$1") TIER_RESULTS+=("$2") TIER_TIMES+=("$3"); }
tier_log() { printf '%s/%s.log' "$TIER_LOG_DIR" "${1// /-}"; }

# The last lines a failed tier printed, each cut to a screen's width: CI keeps only the end of a
# run's output, and the services' log tails that tier_down shows come before this.
show_tier_failure() {
  local name=$1 log
  log=$(tier_log "$name")
  [[ -s $log ]] || return 0
  info ""
  info "--- tier $name failed; its last lines (all of them in $(rel "$log")) ---"
  grep -v '^[[:space:]]*$' "$log" | tail -n "$TIER_FAILURE_LINES" | cut -c1-240
}

# run_tier NAME FUNCTION [always]: runs a tier in a subshell (so `die` ends only the tier), unless
# an earlier tier failed and the tier is not marked "always". Its output also goes to
# TIER_LOG_DIR, for the summary to repeat a failed tier's last lines at the very end.
run_tier() {
  local name=$1 fn=$2 always=${3:-} rc log
  if $TESTS_FAILED && [[ $always != always ]]; then
    info "==> tier $name: skipped (an earlier tier failed)"
    record_tier "$name" skipped -
    return 0
  fi
  info ""
  info "==> tier $name"
  CURRENT_TIER=$name CURRENT_TIER_STARTED=$(now_ms)
  log=$(tier_log "$name")
  mkdir -p "$TIER_LOG_DIR"
  set +e
  (
    set -e
    "$fn"
  ) 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e
  if ((rc == 0)); then
    record_tier "$name" passed "$(elapsed "$CURRENT_TIER_STARTED")"
    info "==> tier $name passed"
  else
    record_tier "$name" FAILED "$(elapsed "$CURRENT_TIER_STARTED")"
    TESTS_FAILED=true
    info "==> tier $name FAILED (exit $rc)"
  fi
  CURRENT_TIER=''
}

# npm_ci DIR: installs DIR's pinned npm dependencies (package-lock.json) when they changed.
npm_ci() {
  local dir=$1
  if [[ ! -d $dir/node_modules || $dir/package-lock.json -nt $dir/node_modules ]]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || die "npm ci failed in $(rel "$dir")"
    touch "$dir/node_modules"
  fi
}

# The tracked shell scripts (a .sh name or a sh/bash shebang) and any new ones not ignored yet, one a
# line, relative to ROOT.
shell_files() {
  local file
  have git || die "listing the tracked shell files needs git"
  (
    cd "$ROOT"
    git ls-files -z --cached --others --exclude-standard | sort -zu | while IFS= read -r -d '' file; do
      [[ ! -f $file ]] || printf '%s\0' "$file"
    done | xargs -0 -r awk 'FNR == 1 { if (FILENAME ~ /\.sh$/ || /^#!.*[\/ ](ba)?sh([ \t]|$)/) print FILENAME; nextfile }'
  )
}

# Every shell script is ShellCheck clean, sourced files followed (-x). The shellcheck Debian
# package is installed when missing, as the prepare tier installs the others.
tier_shellcheck() {
  local files=()
  have shellcheck || install_packages shellcheck
  mapfile -t files < <(shell_files)
  ((${#files[@]})) || die "no shell files found in $ROOT"
  (cd "$ROOT" && shellcheck -x "${files[@]}") || die "ShellCheck found problems (above) in the shell files"
  info "ShellCheck $(shellcheck --version | sed -n 's/^version: //p'): ${#files[@]} shell files clean"
}

tier_prepare() {
  local pkgs
  check_java jdk
  mapfile -t pkgs < <(missing_packages)
  check_can_install ${pkgs[@]+"${pkgs[@]}"}
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  install_packages ${pkgs[@]+"${pkgs[@]}"}
  ensure_maven
  "$MVN" -v | sed -n 1p
  load_secrets
  if ! pg_online; then
    local user
    user=$(port_user 5432)
    [[ -z $user ]] || die "port 5432 is taken by $user, not by a PostgreSQL cluster of this machine"
  fi
  ensure_postgres
  # Services of an earlier run would keep serving old builds: the suite tier starts fresh ones.
  stop_services_and_gateway
}

# `install` runs everything `verify` does and also puts the modules into the local repository,
# where the e2e tier's `-pl platform-testing,deploy/e2e` finds their dependencies (platform).
# The service tests start their own Kafka broker unless KAFKA_BOOTSTRAP_SERVERS names one.
tier_build() {
  load_secrets
  cd "$ROOT"
  unset KAFKA_BOOTSTRAP_SERVERS
  DB_PASSWORD=$DB_PASSWORD "$MVN" -B -ntp install
  check_no_keys_packaged
}

# No key file may ship in what runs in a pod: fails when a .pem file is inside a built
# */target/quarkus-app, as a file or inside one of its jars.
check_no_keys_packaged() {
  local app jar entries found=()
  for app in "$ROOT"/*/target/quarkus-app; do
    [[ -d $app ]] || continue
    while IFS= read -r jar; do
      found+=("$(rel "$jar")")
    done < <(find "$app" -name '*.pem' -print)
    while IFS= read -r jar; do
      entries=$(zip_entries "$jar" | grep '\.pem$' | paste -sd ' ') || true
      [[ -z $entries ]] || found+=("$(rel "$jar"): $entries")
    done < <(find "$app" -name '*.jar' -print)
  done
  if ((${#found[@]})); then
    printf '  %s\n' "${found[@]}" >&2
    die "key files (.pem) are packaged in a quarkus-app: the dev key must reach tests and the local suite only"
  fi
  info "No .pem file in any */target/quarkus-app (files and jars checked)"
}

# Offline checks of deploy/k8s and deploy/docker (see deploy/k8s/checks/check.mjs): the overlays
# render, validate against the Kubernetes and CloudNativePG schemas, harden every Deployment, give
# the services every variable they read and every topic they use, cross-check references, parse
# PromQL and check the runbook's commands offline; the Dockerfiles copy what the
# build produced. Its npm dependencies are pinned in the checks folder's package-lock.json.
tier_k8s() {
  local checks=$ROOT/deploy/k8s/checks
  have kubectl || die "kubectl (with its built-in kustomize) is needed to render deploy/k8s: install kubectl 1.27 or newer"
  have npm || install_packages npm
  npm_ci "$checks"
  node "$checks/check.mjs"
  # Each breakage of checks/mutations.yaml, applied alone to a copy of deploy/k8s, must fail a check.
  node "$checks/mutate.mjs"
}

# The published contracts: each service's OpenAPI document, written into contracts/openapi by the
# build, is the committed one (an API change shows in review), and passes Redocly's lint with the
# committed ruleset (contracts/checks/redocly.yaml) without an error or a warning; the AsyncAPI
# document parses, validates and agrees with the event schemas (contracts/checks/asyncapi.mjs).
tier_contracts() {
  local checks=$ROOT/contracts/checks changed
  changed=$(cd "$ROOT" && git status --porcelain --untracked-files=all -- contracts/openapi)
  if [[ -n $changed ]]; then
    printf '%s\n' "$changed" >&2
    (cd "$ROOT" && git --no-pager diff --stat -- contracts/openapi) >&2
    die "the OpenAPI documents the build wrote differ from the committed ones (above): review and commit contracts/openapi"
  fi
  have npm || install_packages npm
  npm_ci "$checks"
  (cd "$checks" && NO_UPDATE_NOTIFIER=1 npx --no-install redocly lint --config redocly.yaml --format stylish \
    ../openapi/*.yaml) || die "Redocly found problems (above) in contracts/openapi"
  node "$checks/asyncapi.mjs" || die "the AsyncAPI document has problems (above)"
  node "$checks/events-page.mjs" --check || die "the portal's event catalogue is out of date (above)"
}

# The TypeScript clients (clients/typescript): openapi-typescript generates each service's types
# from the stored documents; tsc checks them and the story that uses them in strict mode.
tier_ts_clients() {
  local dir=$ROOT/clients/typescript
  have npm || install_packages npm
  npm_ci "$dir"
  (cd "$dir" && npm run --silent generate) || die "openapi-typescript could not generate the TypeScript clients (above)"
  (cd "$dir" && npm run --silent check) || die "the TypeScript clients do not type-check (above)"
}

# The park cockpit (deploy/gateway/cockpit): strict type check, its unit and page tests (node's
# runner, happy-dom), and the build the gateway serves at /cockpit/.
tier_cockpit() {
  local dir=$ROOT/deploy/gateway/cockpit
  have npm || install_packages npm
  npm_ci "$dir"
  (cd "$dir" && npm run --silent check) || die "the cockpit does not type-check (above)"
  (cd "$dir" && npm test --silent) || die "the cockpit's unit and page tests failed (above)"
  (cd "$dir" && npm run --silent build >/dev/null) || die "building the cockpit failed: run 'npm run build' in $(rel "$dir")"
  info "Cockpit built: $(du -sk "$dir/dist" | cut -f1) kB in $(rel "$dir/dist")"
}

# The cockpit in Debian's headless Chromium, driven by playwright-core, against the running suite
# with the demo park loaded: the realm's users sign in through Keycloak (deploy/e2e/browser).
# Screenshots and the load times go to deploy/e2e/target/cockpit.
tier_browser() {
  local dir=$ROOT/deploy/e2e/browser started pkgs
  [[ $(auth_mode) == oidc ]] || die "the browser tests sign in through Keycloak: start the suite with up --oidc"
  started=$(now_ms)
  mapfile -t pkgs < <(browser_packages)
  install_packages ${pkgs[@]+"${pkgs[@]}"}
  info "Chromium and a CJK font ready in $(elapsed "$started"): $(chromium --version 2>/dev/null | sed 's/ built.*//')"
  have npm || install_packages npm
  npm_ci "$dir"
  started=$(now_ms)
  "$SELF" demo >"$LOG_DIR/demo.log" 2>&1 || { show_log_tail "$LOG_DIR/demo.log"; die "loading the demo park failed"; }
  info "Demo park loaded in $(elapsed "$started")"
  load_keycloak_secrets
  (cd "$dir" && GATEWAY_URL="$GATEWAY_URL" KEYCLOAK_URL="$KEYCLOAK_URL" \
    PARKSUITE_KEYCLOAK_USER_PASSWORD="$PARKSUITE_KEYCLOAK_USER_PASSWORD" npm test --silent) ||
    die "the cockpit's browser tests failed (above; screenshots in $(rel "$ROOT/deploy/e2e/target/cockpit"))"
}

tier_keycloak() {
  ensure_keycloak
}

# The address zone is set low enough here for GatewayE2ETest to reach it on a loaded machine, and
# above what the other end-to-end tests, one request at a time, send from one address. Two
# instances of each service, started with the chaos tier's settings already (no restart there).
tier_up() {
  RATE_LIMIT_RATE=50r/s RATE_LIMIT_BURST=100 RATE_LIMIT_ADDRESS_RATE=60r/s RATE_LIMIT_ADDRESS_BURST=120 \
    PARKSUITE_INBOX_STUCK_AFTER=$CHAOS_QUICK_STUCK_AFTER "$SELF" up --no-build --oidc --replicas 2
}

# The end-to-end tests take their tokens from Keycloak (OIDC_*); the dev key signs only the
# tokens that must be refused.
tier_e2e() {
  load_secrets
  suite_token_env
  cd "$ROOT"
  env "${SUITE_TOKEN_ENV[@]}" GATEWAY_URL="$GATEWAY_URL" DB_PASSWORD="$DB_PASSWORD" \
    SUITE_REPLICAS="$(recorded_replicas)" "$MVN" -B -ntp -Pe2e -DskipProbes -pl platform-testing,deploy/e2e verify
  # Every request of the tests above went into the services' audit trails: their chains must hold
  # and match the heads published to Kafka.
  "$SELF" audit verify
}

# The story's first calls through the gateway with the generated TypeScript clients, a token per
# role (Keycloak's when the suite runs with --oidc: its users are named after their roles).
tier_ts_story() {
  local role token_args=() tokens=()
  [[ $(auth_mode) != oidc ]] || token_args=(--oidc)
  for role in park-admin investment-officer service-manager park-leader; do
    tokens+=("PARKSUITE_TOKEN_$(tr 'a-z-' 'A-Z_' <<<"$role")=$("$SELF" token ${token_args[@]+"${token_args[@]}"} "$role")")
  done
  (cd "$ROOT/clients/typescript" && env "${tokens[@]}" GATEWAY_URL="$GATEWAY_URL" npm run --silent story) ||
    die "the story through the generated TypeScript clients failed (above)"
}

# Fuzzing and the nine fault scenarios in quick mode (docs/reliability.md keeps their latest
# results): the gateway restarts with lifted limits, the services keep running.
tier_fuzz() { "$SELF" fuzz; }
tier_chaos() { "$SELF" chaos --quick; }

tier_down() {
  # In CI the logs go away with the checkout: show the suite's last lines when something failed.
  if $TESTS_FAILED && [[ ${CI:-} == true ]]; then
    local c
    for c in kafka keycloak $(all_instances) gateway; do show_log_tail "$LOG_DIR/$c.log" 60 2>&1; done
  fi
  "$SELF" down
}

test_finish() {
  local rc=$? i
  trap - EXIT INT TERM
  ((rc == 0)) || TESTS_FAILED=true
  if [[ -n $CURRENT_TIER ]]; then
    record_tier "$CURRENT_TIER" interrupted "$(elapsed "$CURRENT_TIER_STARTED")"
    CURRENT_TIER=''
  fi
  run_tier down tier_down always
  info ""
  printf '%-20s %-12s %s\n' TIER RESULT TIME
  for i in "${!TIER_NAMES[@]}"; do
    printf '%-20s %-12s %s\n' "${TIER_NAMES[i]}" "${TIER_RESULTS[i]}" "${TIER_TIMES[i]}"
  done
  printf '%-20s %-12s %s\n' total "" "$(elapsed "$TEST_STARTED")"
  for i in "${!TIER_NAMES[@]}"; do
    [[ ${TIER_RESULTS[i]} != FAILED ]] || show_tier_failure "${TIER_NAMES[i]}"
  done
  if $TESTS_FAILED; then
    info "deploy/suite test: FAILED"
    exit 1
  fi
  info "deploy/suite test: all tiers passed"
  exit 0
}

cmd_test() {
  (($# == 0)) || die "test takes no arguments"
  TEST_STARTED=$(now_ms)
  trap test_finish EXIT
  trap 'info "interrupted"; exit 130' INT TERM
  run_tier shellcheck tier_shellcheck
  run_tier prepare tier_prepare
  run_tier build+unit+service tier_build
  run_tier k8s tier_k8s
  run_tier contracts tier_contracts
  run_tier "ts clients" tier_ts_clients
  run_tier cockpit tier_cockpit
  run_tier images tier_images
  run_tier keycloak tier_keycloak
  run_tier "suite up" tier_up
  run_tier e2e tier_e2e
  run_tier "ts story" tier_ts_story
  run_tier fuzz tier_fuzz
  run_tier chaos tier_chaos
  run_tier browser tier_browser
}
