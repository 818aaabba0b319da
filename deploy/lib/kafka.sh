# Kafka: the broker's jars from Maven Central, its KRaft storage, the broker and its topics.
# shellcheck shell=bash

kafka_java() {
  java -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/log4j2.properties" -cp "$KAFKA_LIBS/*" "$@"
}

# Runs one of Kafka's command-line tools (a class name and its arguments), quietly.
kafka_tool() {
  kafka_java -Xmx256m -XX:TieredStopAtLevel=1 -Dkafka.log.level=WARN "$@"
}

ensure_kafka_jars() {
  local stamp=$KAFKA_HOME/pom.sha256 sum started
  sum=$(sha256sum "$KAFKA_POM" | cut -d' ' -f1)
  if [[ -d $KAFKA_LIBS && -f $stamp && $(<"$stamp") == "$sum" ]]; then
    return 0
  fi
  ensure_maven
  started=$(now_ms)
  info "Fetching the Kafka $KAFKA_VERSION broker jars into $(rel "$KAFKA_LIBS")"
  rm -rf "$KAFKA_LIBS.tmp"
  "$MVN" -B -q -f "$KAFKA_POM" dependency:copy-dependencies \
    -DoutputDirectory="$KAFKA_LIBS.tmp" -DincludeScope=runtime ||
    die "fetching the Kafka jars failed"
  rm -rf "$KAFKA_LIBS"
  mv "$KAFKA_LIBS.tmp" "$KAFKA_LIBS"
  printf '%s\n' "$sum" >"$stamp"
  info "  $(find "$KAFKA_LIBS" -name '*.jar' | wc -l) jars in $(elapsed "$started")"
}

render_kafka_config() {
  local template
  template=$(<"$LOCAL_DIR/kafka/server.properties")
  mkdir -p "$KAFKA_STATE/data"
  printf '%s\n' "${template//@DATA_DIR@/"$KAFKA_STATE/data"}" >"$KAFKA_STATE/server.properties"
}

# Formats the KRaft storage once; the cluster id is kept in .state/kafka/cluster.id.
format_kafka_storage() {
  local id_file=$KAFKA_STATE/cluster.id cluster_id
  [[ -f $KAFKA_STATE/data/meta.properties ]] && return 0
  if [[ -s $id_file ]]; then
    cluster_id=$(<"$id_file")
  else
    cluster_id=$(kafka_tool kafka.tools.StorageTool random-uuid | tail -n1)
    [[ -n $cluster_id ]] || die "generating a Kafka cluster id failed"
    printf '%s\n' "$cluster_id" >"$id_file"
  fi
  info "Formatting the Kafka storage (cluster $cluster_id)"
  kafka_tool kafka.tools.StorageTool format --standalone -t "$cluster_id" \
    -c "$KAFKA_STATE/server.properties" >/dev/null ||
    die "formatting the Kafka storage in $(rel "$KAFKA_STATE/data") failed"
}

# ensure_kafka [--no-topics]: starts the broker unless it runs, then creates missing topics.
ensure_kafka() {
  local pid log=$LOG_DIR/kafka.log started deadline
  if pid=$(component_pid kafka); then
    info "Kafka already running (pid $pid)"
  else
    ensure_kafka_jars
    render_kafka_config
    format_kafka_storage
    rotate_log "$log"
    started=$(now_ms)
    nohup java -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true \
      -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/log4j2.properties" \
      -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_STATE/server.properties" >"$log" 2>&1 </dev/null &
    pid=$!
    printf '%s\n' "$pid" >"$RUN_DIR/kafka.pid"
    info "Kafka starting (pid $pid)"
    deadline=$((SECONDS + 90))
    until port_open 9092 && grep -q 'Kafka Server started' "$log"; do
      if ! pid_alive "$pid"; then
        show_log_tail "$log"
        die "the Kafka broker stopped while starting (log: $(rel "$log"))"
      fi
      if ((SECONDS >= deadline)); then
        show_log_tail "$log"
        die "the Kafka broker is not ready after 90 s (log: $(rel "$log"))"
      fi
      sleep 0.5
    done
    info "  Kafka ready on $KAFKA_BOOTSTRAP in $(elapsed "$started")"
  fi
  [[ ${1:-} == --no-topics ]] || ensure_topics
}

# Creates the topics listed in deploy/local/kafka/topics.txt that do not exist yet (concurrently:
# each creation is a JVM start).
ensure_topics() {
  local existing name partitions i names=() pids=() failed=()
  existing=$(kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" --list) ||
    die "listing the Kafka topics failed"
  while read -r name partitions _; do
    [[ -z $name || $name == \#* ]] && continue
    grep -qxF -- "$name" <<<"$existing" && continue
    kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" --create \
      --if-not-exists --topic "$name" --partitions "${partitions:-3}" --replication-factor 1 >/dev/null &
    names+=("$name") pids+=("$!")
  done <"$KAFKA_TOPICS_FILE"
  for i in "${!pids[@]}"; do
    wait "${pids[i]}" || failed+=("${names[i]}")
  done
  ((${#failed[@]} == 0)) || die "creating Kafka topics failed: ${failed[*]}"
  if ((${#names[@]})); then
    info "Kafka topics created: ${names[*]}"
  else
    info "Kafka topics present ($(grep -cvE '^[[:space:]]*(#|$)' "$KAFKA_TOPICS_FILE") listed in $(rel "$KAFKA_TOPICS_FILE"))"
  fi
}
