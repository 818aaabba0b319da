# The benchmark runner: bench.
# shellcheck shell=bash

service_rss_line() {
  local c pid line=''
  for c in $(instances); do
    if pid=$(component_pid "$c"); then
      line+="$c $(($(ps -o rss= -p "$pid") / 1024)) MB  "
    fi
  done
  printf '%s\n' "${line:-no service running}"
}

# Benchmarks run through the gateway against the running suite, with the gateway's rate limits
# lifted so that the suite, not the limiter, is measured: the scenario benchmarks (deploy/e2e,
# which also fill the registry), then the yardstick (deploy/lib/yardstick.sh), the suite beside a
# bare Quarkus service, freshly started and after the minutes of load of its own first pass.
cmd_bench() {
  local enterprises=1000 projects=10000 months=60 scenarios=true yardstick=true only=''
  while (($#)); do
    case $1 in
      --enterprises) enterprises=${2:?--enterprises needs a number}; shift 2 ;;
      --enterprises=*) enterprises=${1#*=}; shift ;;
      --projects) projects=${2:?--projects needs a number}; shift 2 ;;
      --projects=*) projects=${1#*=}; shift ;;
      --months) months=${2:?--months needs a number}; shift 2 ;;
      --months=*) months=${1#*=}; shift ;;
      --yardstick) scenarios=false; shift ;;
      --scenarios) only=${2:?--scenarios needs names}; shift 2 ;;
      --scenarios=*) only=${1#*=}; shift ;;
      --no-yardstick) yardstick=false; shift ;;
      --seconds) YARD_SECONDS=${2:?--seconds needs a number}; shift 2 ;;
      --seconds=*) YARD_SECONDS=${1#*=}; shift ;;
      --runs) YARD_RUNS=${2:?--runs needs a number}; shift 2 ;;
      --runs=*) YARD_RUNS=${1#*=}; shift ;;
      --warm) YARD_WARM=${2:?--warm needs a number}; shift 2 ;;
      --warm=*) YARD_WARM=${1#*=}; shift ;;
      *) die "bench: unknown option $1 (options: --enterprises N, --projects N, --months N, --scenarios A,B, --yardstick, --no-yardstick, --seconds N, --runs N, --warm N)" ;;
    esac
  done
  [[ $enterprises =~ ^[0-9]+$ ]] || die "bench: --enterprises takes a number"
  [[ $projects =~ ^[1-9][0-9]*$ && $months =~ ^[1-9][0-9]*$ ]] || die "bench: --projects and --months take numbers"
  [[ $YARD_SECONDS =~ ^[1-9][0-9]*$ && $YARD_RUNS =~ ^[1-9][0-9]*$ && $YARD_WARM =~ ^[1-9][0-9]*$ ]] ||
    die "bench: --seconds, --runs and --warm take numbers"
  ((YARD_RUNS >= 3)) || warn "fewer than three runs a figure: no spread worth reporting"
  export RATE_LIMIT_RATE=100000r/s RATE_LIMIT_BURST=100000 RATE_LIMIT_ADDRESS_RATE=100000r/s RATE_LIMIT_ADDRESS_BURST=100000
  # One instance of each service: the yardstick's peer is one process, and eight instances with
  # their pools and the peer's would pass PostgreSQL's connection limit under this load.
  "$SELF" up --replicas 1
  stop_gateway
  start_gateway
  wait_until_ready "$(now_ms)" gateway
  ensure_maven
  load_secrets
  info "service RSS before: $(service_rss_line)"
  cd "$ROOT" || exit
  ! $scenarios || run_scenario_benchmarks "$enterprises" "$projects" "$months" "$only"
  ! $yardstick || run_yardstick
  info "service RSS after:  $(service_rss_line)"
  info "the gateway keeps the lifted limits until the next 'down'/'up'"
}

# The scenario benchmarks of deploy/e2e, reports in deploy/e2e/target/bench/*.json.
# ONLY (comma-separated class names) runs those of them alone, in the same order.
run_scenario_benchmarks() {
  local enterprises=$1 projects=$2 months=$3 only=${4:-} benchmark chosen=()
  # The latency run goes first: the import's backlog of events would otherwise queue ahead of it.
  for benchmark in EventLatencyBenchmark RegistrationRateBenchmark EnterpriseImportBenchmark EnterpriseReadBenchmark ApprovalBenchmark ProjectBenchmark IndicatorBenchmark; do
    if [[ -z $only || ,$only, == *,$benchmark,* ]]; then chosen+=("$benchmark"); fi
  done
  ((${#chosen[@]})) || die "bench: --scenarios names none of the scenario benchmarks (deploy/e2e/.../bench)"
  # deploy/e2e builds against the installed platform-testing and generated client, which only the
  # test tier installs: without this, bench fails on a machine that ran nothing but `up`.
  "$MVN" -B -q -ntp install -DskipTests -pl platform-testing,clients/java -am ||
    die "bench: installing platform-testing and the Java client failed"
  for benchmark in "${chosen[@]}"; do
    GATEWAY_URL=$GATEWAY_URL DB_PASSWORD=$DB_PASSWORD "$MVN" -B -ntp -Pe2e -pl platform-testing,deploy/e2e verify \
      -De2e.excludedGroups= -Dgroups=bench -Dtest="$benchmark" -Dsurefire.failIfNoSpecifiedTests=false \
      -Dbench.enterprises="$enterprises" -Dbench.projects="$projects" -Dbench.months="$months" \
      -Dbench.kafka.libs="$KAFKA_LIBS" | grep '^BENCH' || die "bench $benchmark failed: see deploy/e2e/target/surefire-reports"
  done
  info "reports: deploy/e2e/target/bench/*.json"
}
