# Prerequisites: Java, the Debian packages the suite needs (apt-get) and free ports.
# shellcheck shell=bash

# java_major [JAVA]: the major version of JAVA (java on PATH when not given).
java_major() {
  local out
  out=$("${1:-java}" -version 2>&1) || return 1
  [[ $out =~ version\ \"([0-9]+)(\.([0-9]+))? ]] || return 1
  if [[ ${BASH_REMATCH[1]} == 1 ]]; then echo "${BASH_REMATCH[3]}"; else echo "${BASH_REMATCH[1]}"; fi
}

# check_java [jdk]: Java 17 or newer on PATH; with "jdk", also its compiler (for builds).
check_java() {
  local major
  have java || die "no java on PATH: install a JDK 17 (e.g. apt-get install openjdk-17-jdk-headless)"
  major=$(java_major java) || die "cannot tell the version of $(command -v java): install a JDK 17"
  ((major >= 17)) || die "java on PATH is version $major, 17 or newer is needed: install a JDK 17 (e.g. apt-get install openjdk-17-jdk-headless)"
  if [[ ${1:-} == jdk ]] && ! have javac; then
    die "no javac on PATH (a JRE is not enough to build): install a JDK 17 (e.g. apt-get install openjdk-17-jdk-headless)"
  fi
}

pkg_installed() {
  local status
  have dpkg-query && status=$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) &&
    [[ $status == 'install ok installed' ]]
}

# The Debian packages the local suite needs and this machine lacks, one a line.
missing_packages() {
  { have pg_lsclusters && have pg_ctlcluster && have psql; } || echo postgresql
  have nginx || echo nginx
  have envsubst || echo gettext-base
  # The gateway's portal installs its Swagger UI with npm when it is missing.
  [[ -d $ROOT/deploy/gateway/portal/node_modules/swagger-ui-dist ]] || have npm || echo npm
  have curl || echo curl
  [[ -x $MVN ]] || have mvn || echo maven
  [[ -x $MVN ]] || have unzip || have jar || have python3 || echo unzip
}

# Fails early, before anything changes, when packages are missing and cannot be installed.
check_can_install() {
  (($#)) || return 0
  can_be_root || die "installing $* needs root: run as root or install sudo"
}

# The browser tier's Debian packages that are missing: Chromium, and a CJK font for the page.
browser_packages() {
  have chromium || echo chromium
  pkg_installed fonts-noto-cjk || echo fonts-noto-cjk
}

install_packages() {
  (($#)) || return 0
  local log=$LOG_DIR/install.log started
  mkdir -p "$LOG_DIR"
  started=$(now_ms)
  info "Installing $* (Debian packages)"
  if ! { as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"; } \
    >"$log" 2>&1; then
    show_log_tail "$log"
    die "installing $* failed (log: $(rel "$log"))"
  fi
  info "  installed in $(elapsed "$started")"
  # A PostgreSQL the suite installed counts as started by the suite: `down` stops it.
  if contains postgresql "$@"; then
    mkdir -p "$RUN_DIR"
    : >"$RUN_DIR/postgresql.started"
  fi
}

# check_ports REPLICAS: ports of components that are not running must be free.
check_ports() {
  local c port user
  if ! pg_online; then
    user=$(port_user 5432)
    [[ -z $user ]] || die "port 5432 (postgresql) is taken by $user, not by a PostgreSQL cluster of this machine: stop it first"
  fi
  for c in kafka $(instances "$1") gateway; do
    component_pid "$c" >/dev/null && continue
    for port in $(component_ports "$c"); do
      user=$(port_user "$port")
      [[ -z $user ]] || die "port $port ($c) is taken by $user: stop it first"
    done
  done
}
