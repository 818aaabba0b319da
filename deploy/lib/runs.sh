# Chaos and fuzz runs against a suite of two instances per service: chaos, fuzz.
# shellcheck shell=bash

# Limits lifted as for bench: the fault and fuzz runs measure the suite, not the limiter.
LIFTED_LIMITS=(RATE_LIMIT_RATE=100000r/s RATE_LIMIT_BURST=100000 RATE_LIMIT_ADDRESS_RATE=100000r/s
  RATE_LIMIT_ADDRESS_BURST=100000)

# suite_for_runs NAME=VALUE...: the suite with two instances per service whose saved service
# environment holds the given variables, and a gateway with lifted limits. Instances that ran
# with other values are restarted; the gateway is restarted (its limits).
suite_for_runs() {
  local pair name current='' restart=false up_args=(--replicas 2)
  [[ ! -r $SERVICE_ENV_FILE ]] || current=$(tr '\0' '\n' <"$SERVICE_ENV_FILE")
  for pair in "$@"; do
    grep -qxF -- "$pair" <<<"$current" || restart=true
  done
  [[ $(auth_mode) != oidc ]] || up_args+=(--oidc)
  if $restart || (($(recorded_replicas) != 2)); then
    # shellcheck disable=SC2046 # one word per instance name
    stop_processes 30 $(all_instances)
  fi
  stop_gateway
  rm -f "$GATEWAY_ENV_FILE"
  for pair in "$@"; do
    name=${pair%%=*}
    export "$name=${pair#*=}"
  done
  env "${LIFTED_LIMITS[@]}" "$SELF" up "${up_args[@]}"
}

# SUITE_TOKEN_ENV: what the tests against the running suite (SuiteTokens) read to take their
# tokens from Keycloak when the suite runs with --oidc; empty otherwise (the dev key signs them).
suite_token_env() {
  SUITE_TOKEN_ENV=()
  [[ $(auth_mode) == oidc ]] || return 0
  load_keycloak_secrets
  SUITE_TOKEN_ENV=(OIDC_TOKEN_URL="$KEYCLOAK_TOKEN_URL" OIDC_ISSUER="$KEYCLOAK_ISSUER"
    OIDC_CLIENT_ID="$KEYCLOAK_TEST_CLIENT" OIDC_CLIENT_SECRET="$PARKSUITE_KEYCLOAK_E2E_SECRET"
    OIDC_USER_PASSWORD="$PARKSUITE_KEYCLOAK_USER_PASSWORD"
    OIDC_GOV_CLIENT_ID="$KEYCLOAK_GOV_CLIENT" OIDC_GOV_CLIENT_SECRET="$PARKSUITE_KEYCLOAK_GOV_STATISTICS_SECRET")
}

# run_module MODULE MAVEN-ARGS...: runs a module's tests against the running suite, with the
# variables the chaos and fuzz modules read.
run_module() {
  local module=$1 started
  shift
  load_secrets
  suite_token_env
  cd "$ROOT"
  started=$(now_ms)
  set +e
  env "${SUITE_TOKEN_ENV[@]}" GATEWAY_URL="$GATEWAY_URL" DB_PASSWORD="$DB_PASSWORD" SUITE="$SELF" \
    KAFKA_BOOTSTRAP="$KAFKA_BOOTSTRAP" "$MVN" -B -ntp -Pe2e -DskipProbes -pl "platform-testing,$module" verify "$@"
  local rc=$?
  set -e
  info "$module: wall time $(elapsed "$started")"
  return "$rc"
}

# chaos [--quick] [--scenario N[,N...]]: the fault-injection suite (deploy/chaos) against a suite
# of two instances per service; scenario 2 stops PostgreSQL.
cmd_chaos() {
  local mode=full scenarios='' args=() stuck
  while (($#)); do
    case $1 in
      --quick) mode=quick; shift ;;
      --scenario | --scenarios) scenarios=${2:-}; shift 2 || shift ;;
      --scenario=* | --scenarios=*) scenarios=${1#*=}; shift ;;
      *) die "chaos: unknown option $1 (usage: deploy/suite chaos [--quick] [--scenario N[,N...]])" ;;
    esac
  done
  [[ -z $scenarios || $scenarios =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]] || die "chaos: --scenario takes numbers like 1,3"
  ensure_maven
  if [[ $mode == quick ]]; then stuck=$CHAOS_QUICK_STUCK_AFTER; else stuck=60s; fi
  suite_for_runs "PARKSUITE_INBOX_STUCK_AFTER=${PARKSUITE_INBOX_STUCK_AFTER:-$stuck}"
  args=(-Dchaos.mode="$mode")
  [[ -z $scenarios ]] || args+=(-Dchaos.scenarios="$scenarios")
  run_module deploy/chaos "${args[@]}"
  info "results: deploy/chaos/target/chaos/results.md"
}

# fuzz: invalid requests generated from the OpenAPI documents (deploy/fuzz), limits lifted.
cmd_fuzz() {
  (($# == 0)) || die "fuzz takes no arguments"
  ensure_maven
  suite_for_runs
  run_module deploy/fuzz
}
