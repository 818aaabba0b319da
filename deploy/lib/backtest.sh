# deploy/suite backtest: the overdue forecast (超期预警) scored against the fixed reminder window.
# shellcheck shell=bash

BACKTEST_MAIN=io.parksuite.approval.domain.forecast.BacktestCommand

# Replays generated histories (seeds 1, 2 and 3 by default) or, with --recorded, the desk's own
# decided tasks exported from the approval database, and prints precision and recall of each.
cmd_backtest() {
  local seeds=1,2,3 recorded=false seed app csv
  while (($#)); do
    case $1 in
      --seeds) [[ ${2:-} =~ ^[0-9]+(,[0-9]+)*$ ]] || die "--seeds takes numbers, e.g. 1,2,3"; seeds=$2; shift 2 ;;
      --recorded) recorded=true; shift ;;
      *) die "usage: deploy/suite backtest [--seeds N[,N...]] [--recorded]" ;;
    esac
  done
  build_services
  app=$ROOT/approval-service/target/quarkus-app
  if $recorded; then
    load_secrets
    pg_online || die "PostgreSQL is not running: start the suite with deploy/suite up"
    csv=$STATE_DIR/backtest-history.csv
    PGPASSWORD=$DB_PASSWORD psql -X -q -At -F, -h 127.0.0.1 -p 5432 -U approval -d approval -v ON_ERROR_STOP=1 -c "
      select i.code, a.accepted_on, t.promised_limit_days, (t.decided_at at time zone 'Asia/Shanghai')::date
        from application_task t join application a on a.id = t.application_id
             cross join lateral jsonb_array_elements_text(t.item_codes) as i(code)
       where t.decided_at is not null and a.accepted_on is not null
       order by t.decided_at" >"$csv" || die "exporting the decided tasks failed"
    info "Recorded history: $(wc -l <"$csv") decided task items in $(rel "$csv")"
    java -cp "$app/app/*:$app/lib/main/*" "$BACKTEST_MAIN" --history "$csv"
    return
  fi
  for seed in ${seeds//,/ }; do
    java -cp "$app/app/*:$app/lib/main/*" "$BACKTEST_MAIN" --generate "$seed"
    printf '\n'
  done
}
