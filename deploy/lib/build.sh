# The pinned Maven (fetched through the system Maven), zip helpers and the services' build.
# shellcheck shell=bash

# --- Pinned Maven -------------------------------------------------------------------------------

# The entry names of a zip or jar, one a line.
zip_entries() {
  if have unzip; then
    unzip -Z1 "$1"
  elif have python3; then
    python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1"
  else
    jar tf "$1"
  fi
}

unpack_zip() {
  local zip=$1 dest=$2
  if have unzip; then
    unzip -q -o "$zip" -d "$dest"
  elif have jar; then
    (cd "$dest" && jar xf "$zip")
  else
    python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$zip" "$dest"
  fi
}

ensure_maven() {
  [[ -x $MVN ]] && return 0
  local bootstrap started out zip=$TOOLS_DIR/apache-maven-$MAVEN_VERSION-bin.zip
  if ! bootstrap=$(command -v mvn); then
    install_packages maven
    bootstrap=$(command -v mvn) || die "the maven package did not provide mvn"
  fi
  started=$(now_ms)
  info "Fetching Maven $MAVEN_VERSION into $(rel "$TOOLS_DIR")"
  mkdir -p "$TOOLS_DIR"
  # Run outside the project so the bootstrap Maven never reads the project's poms.
  if ! out=$(cd "$TOOLS_DIR" && "$bootstrap" -B -q "$DEPENDENCY_PLUGIN:copy" \
    -Dartifact="org.apache.maven:apache-maven:$MAVEN_VERSION:zip:bin" -DoutputDirectory="$TOOLS_DIR" 2>&1); then
    printf '%s\n' "$out" >&2
    die "fetching Maven $MAVEN_VERSION with $bootstrap failed"
  fi
  rm -rf "$TOOLS_DIR/apache-maven-$MAVEN_VERSION"
  unpack_zip "$zip" "$TOOLS_DIR" || die "unpacking $(rel "$zip") failed"
  chmod +x "$MVN"
  rm -f "$zip"
  [[ -x $MVN ]] || die "Maven $MAVEN_VERSION was not unpacked to $(rel "$MVN")"
  info "  Maven $MAVEN_VERSION ready in $(elapsed "$started")"
}

# --- Build --------------------------------------------------------------------------------------

# True when a service's fast-jar is missing or older than a source it is built from.
build_needed() {
  local name jar path paths
  for name in "${SERVICES[@]}"; do
    jar=$(fast_jar "$name")
    [[ -f $jar ]] || return 0
    paths=()
    for path in "$name-service/src" "$name-service/pom.xml" platform/src platform/pom.xml \
      contracts/src contracts/pom.xml pom.xml; do
      [[ -e $ROOT/$path ]] && paths+=("$ROOT/$path")
    done
    [[ -z $(find "${paths[@]}" -newer "$jar" -print -quit) ]] || return 0
  done
  return 1
}

build_services() {
  local started
  if ! build_needed; then
    info "Build up to date"
    return 0
  fi
  check_java jdk
  ensure_maven
  started=$(now_ms)
  info "Building (mvn package -DskipTests)"
  (cd "$ROOT" && "$MVN" -B -q package -DskipTests) || die "the build failed"
  info "  built in $(elapsed "$started")"
}

# True when the instances run from AOT caches, every service has its fast-jar, and an aot-jar is
# missing or older than its fast-jar.
aot_jar_needed() {
  local name
  aot_capable || return 1
  for name in "${SERVICES[@]}"; do [[ -f $(fast_jar "$name") ]] || return 1; done
  for name in "${SERVICES[@]}"; do
    [[ -f $(service_jar "$name") && ! $(fast_jar "$name") -nt $(service_jar "$name") ]] || return 0
  done
  return 1
}

# package_for_aot_cache: where the instances run from AOT caches, every service's aot-jar beside its
# fast-jar. That layout puts the application's classes on the class path, where the JVM's AOT cache
# can hold them (the fast-jar's own class loader keeps them out of it): a service is ready in
# 0.65-0.73 of the time (docs/performance.md). Without a cache the fast-jar starts faster, so
# tests, images and a JDK 17 suite keep it.
package_for_aot_cache() {
  local started modules
  aot_jar_needed || return 0
  ensure_maven
  started=$(now_ms)
  modules=$(printf '%s-service,' "${SERVICES[@]}")
  info "Packaging the services as aot-jars for their start-up caches"
  # The stored OpenAPI documents go to target: contracts/openapi holds the fast-jar build's.
  (cd "$ROOT" && "$MVN" -B -q package -DskipTests -pl "${modules%,}" -am -Dquarkus.package.jar.type=aot-jar \
    -Dquarkus.package.output-directory="$AOT_JAR_DIR" \
    -Dquarkus.smallrye-openapi.store-schema-directory="$ROOT/target/$AOT_JAR_DIR-openapi") ||
    die "the aot-jar packaging failed"
  info "  packaged in $(elapsed "$started")"
}
