# The audit trail check: audit verify.
# shellcheck shell=bash

AUDIT_HEADS_TOPIC=audit.heads

# The furthest chain head each service published to Kafka, lines of "<service>|<seq>|<hash>": any
# change at or before a link changes that link's hash and every later one, so the head of the
# highest position covers every published link (a chain cut short and re-anchored lower included).
published_audit_heads() {
  kafka_tool org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "$KAFKA_BOOTSTRAP" \
    --topic "$AUDIT_HEADS_TOPIC" --from-beginning --timeout-ms 8000 \
    --property print.key=true --property key.separator='|' 2>/dev/null |
    while IFS='|' read -r service head; do
      [[ -n $head ]] && printf '%s|%s|%s\n' "$service" "$(jq -r .seq <<<"$head")" "$(jq -r .hash <<<"$head")"
    done | awk -F'|' '$2 + 0 > top[$1] + 0 { top[$1] = $2; line[$1] = $0 } END { for (s in line) print line[s] }'
}

audit_sql() {
  PGPASSWORD=$DB_PASSWORD psql -X -q -At -F'|' -h 127.0.0.1 -p 5432 -U "$1" -d "$1" -v ON_ERROR_STOP=1 -c "$2"
}

# audit verify: recomputes each service's audit chain in its database (audit_chain_verify), names
# every entry edited or deleted there, and compares the chain with the furthest head the service
# published to Kafka (audit_chain_check_head), which a rewritten or truncated chain no longer holds.
cmd_audit() {
  [[ ${1:-} == verify && $# -eq 1 ]] || die "usage: deploy/suite audit verify"
  have jq || install_packages jq
  load_secrets
  pg_online || die "PostgreSQL is not running: start the suite with deploy/suite up"
  port_open 9092 || die "Kafka is not running: start the suite with deploy/suite up"
  local heads name service links breaks head seq hash problem failed=false
  heads=$(published_audit_heads)
  for name in "${SERVICES[@]}"; do
    service=$name-service
    links=$(audit_sql "$name" "select count(*) || ' links, newest ' || coalesce(max(seq)::text, 'none') from audit_chain")
    breaks=$(audit_sql "$name" "select coalesce(seq::text, '-') || '|' || coalesce(entry_id::text, '-') || '|' || problem from audit_chain_verify()")
    head=$(grep "^$service|" <<<"$heads" || true)
    if [[ -z $head ]]; then
      problem="no head published to $AUDIT_HEADS_TOPIC yet"
    else
      IFS='|' read -r _ seq hash <<<"$head"
      [[ $seq =~ ^[0-9]+$ && $hash =~ ^[0-9a-f]{64}$ ]] || die "$service: unreadable head on $AUDIT_HEADS_TOPIC: $head"
      problem=$(audit_sql "$name" "select audit_chain_check_head($seq, '$hash')")
    fi
    if [[ -z $breaks && -z $problem ]]; then
      info "$service: chain holds ($links; published head $seq matches)"
      continue
    fi
    if [[ -n $breaks ]]; then
      failed=true
      info "$service: chain BROKEN ($links)"
      while IFS='|' read -r seq entry problem_text; do
        info "  link $seq, entry $entry: $problem_text"
      done <<<"$breaks"
    fi
    if [[ -n $problem ]]; then
      [[ -z $head ]] || failed=true
      info "$service: $problem"
    fi
  done
  $failed && die "audit verify: the audit trail was altered outside the services"
  info "audit verify: every chain holds"
}
