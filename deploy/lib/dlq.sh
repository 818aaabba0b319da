# Dead letters and the outbox: the dlq and outbox commands.
# shellcheck shell=bash

DLQ_PROGRAM=$LOCAL_DIR/kafka/DeadLetterReplay.java

# dlq list | dlq replay <topic>.dlq: see deploy/local/kafka/DeadLetterReplay.java.
cmd_dlq() {
  case "${1:-} $#" in
    'list 1') ;;
    'replay 2') [[ $2 == *.dlq ]] || die "dlq replay takes a dead-letter topic (<consumer>.<topic>.dlq), not '$2'" ;;
    *) die "usage: deploy/suite dlq list | deploy/suite dlq replay <topic>.dlq" ;;
  esac
  port_open 9092 || die "Kafka is not running: start the suite with deploy/suite up"
  ensure_kafka_jars
  kafka_java -Xmx256m -XX:TieredStopAtLevel=1 -Dkafka.log.level=ERROR "$DLQ_PROGRAM" "$KAFKA_BOOTSTRAP" "$@"
}

# outbox status: per service, rows not yet published (and not parked) and rows parked because
# Kafka refused them; outbox replay <service>: parked rows go back to the relay.
cmd_outbox() {
  local name count pending parked reason
  case "${1:-} $#" in
    'status 1') ;;
    'replay 2') contains "$2" "${SERVICES[@]}" || die "outbox replay takes a service: ${SERVICES[*]}" ;;
    *) die "usage: deploy/suite outbox status | deploy/suite outbox replay <$(IFS='|' && echo "${SERVICES[*]}")>" ;;
  esac
  load_secrets
  pg_online || die "PostgreSQL is not running: start the suite with deploy/suite up"
  if [[ $1 == replay ]]; then
    count=$(audit_sql "$2" "with replayed as (update outbox_event set parked_at = null, park_reason = null
      where parked_at is not null returning 1) select count(*) from replayed")
    info "$2-service: $count parked outbox row(s) handed back to the relay"
    return 0
  fi
  printf '%-20s %10s %8s  %s\n' SERVICE UNPUBLISHED PARKED 'OLDEST PARK REASON'
  for name in "${SERVICES[@]}"; do
    IFS='|' read -r pending parked reason < <(audit_sql "$name" 2>/dev/null "select
      count(*) filter (where published_at is null and parked_at is null),
      count(*) filter (where parked_at is not null),
      coalesce((select left(park_reason, 60) from outbox_event where parked_at is not null
        order by parked_at limit 1), '-') from outbox_event" || echo '?|?|not readable (service not migrated to V0_8?)')
    printf '%-20s %10s %8s  %s\n' "$name-service" "$pending" "$parked" "$reason"
  done
}
