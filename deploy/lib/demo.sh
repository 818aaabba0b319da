# The demo loader: demo.
# shellcheck shell=bash

DEMO_DIR=$ROOT/deploy/demo
DEMO_MANIFEST=$DEMO_DIR/manifest.txt
DEMO_RETRIES=60

# Loads deploy/demo/data through the gateway, step by step as deploy/demo/manifest.txt lists them:
# "<order> <role> <METHOD> <path> <file> [content-type]". Each call carries an Idempotency-Key made
# from the file's checksum, so a repeated demo is answered from the first one; a 409 means the
# data is already there.
cmd_demo() {
  (($# == 0)) || die "demo takes no arguments"
  [[ -r $DEMO_MANIFEST ]] || die "no demo manifest at $(rel "$DEMO_MANIFEST")"
  http_ok "$GATEWAY_URL/gateway/health" || "$SELF" up
  local role method path file type token key status body started attempt steps=0 mode
  local -A dev_token=()
  mode=$(auth_mode)
  body=$(mktemp)
  while read -r _ role method path file type; do
    started=$(now_ms)
    [[ -r $DEMO_DIR/data/$file ]] || die "demo: $(rel "$DEMO_DIR/data/$file") is missing"
    # With Keycloak in the loop, the realm's user of that role loads the step.
    if [[ $mode == oidc ]]; then
      token=$(keycloak_token "$role")
    else
      [[ -n ${dev_token[$role]:-} ]] || dev_token[$role]=$(cmd_token "$role" --sub demo-loader --client demo-loader)
      token=${dev_token[$role]}
    fi
    key=demo-$(sha256sum "$DEMO_DIR/data/$file" | cut -c1-32)
    # A step may refer to records another service learns of through events (reports of the
    # enterprises just registered): a 422 is retried while those events arrive.
    for attempt in $(seq 1 "$DEMO_RETRIES"); do
      status=$(curl -sS -o "$body" -w '%{http_code}' --max-time 600 -X "$method" \
        -H "Authorization: Bearer $token" -H "Idempotency-Key: $key" \
        -H "Content-Type: ${type:-application/json}" -H 'Accept: application/json' \
        --data-binary "@$DEMO_DIR/data/$file" "$GATEWAY_URL$path") || die "demo: $method $path failed"
      [[ $status == 422 && $attempt -lt $DEMO_RETRIES ]] || break
      # A key already used for other data is a mistake in the demo, not a wait.
      ! grep -q 'problems/idempotency-key-reused"' "$body" || break
      ((attempt > 1)) || info "demo: $method $path <- $file: 422, waiting for the events it depends on"
      sleep 2
    done
    case $status in
      2??) info "demo: $method $path <- $file: $status in $(elapsed "$started")" ;;
      409) info "demo: $method $path <- $file: already loaded" ;;
      *) cat "$body" >&2; echo >&2; die "demo: $method $path <- $file answered $status" ;;
    esac
    steps=$((steps + 1))
  done < <(grep -v '^[[:space:]]*\(#\|$\)' "$DEMO_MANIFEST" | sort -n -k1,1 -s)
  rm -f "$body"
  info "demo: $steps steps loaded; portal: $GATEWAY_URL/"
}
