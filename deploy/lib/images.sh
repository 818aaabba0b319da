# Container images without a Docker engine: base roots unpacked from Debian packages, and the
# services' and the gateway's images built on them by Jib (deploy/images), as OCI tarballs.
# shellcheck shell=bash

IMAGE_TAG=1.0.0
JRE_HOME=/usr/lib/jvm/java-17-openjdk-amd64

# Each base root's Debian packages; apt adds their dependencies (no recommends).
SERVICE_BASE_PACKAGES=(base-files openjdk-17-jre-headless)
GATEWAY_BASE_PACKAGES=(base-files bash coreutils grep sed gettext-base nginx)
# Dependencies no running container needs: package managers and the helpers of their maintainer
# scripts (which never run here), and an interactive system's tools. The JRE's trust store comes
# from the build machine's (see base_fixups), not from ca-certificates-java's keytool run.
BASE_SKIPPED_PACKAGES=(dpkg debconf tar iproute2 util-linux util-linux-extra openssl ca-certificates-java)

# apt_empty ARGS...: apt-get as if nothing were installed (an empty dpkg status), its downloads
# going to DEBS_DIR, so that it resolves the full closure of the packages asked for.
apt_empty() {
  local status=$IMAGES_TARGET/base/empty-status
  mkdir -p "$IMAGES_TARGET/base" "$DEBS_DIR/partial"
  : >"$status"
  apt-get -q -o Dir::State::status="$status" -o Dir::Cache::archives="$DEBS_DIR" \
    -o Debug::NoLocking=1 -o APT::Install-Recommends=false "$@"
}

# resolve_packages PACKAGES...: "name version arch" of each package of the closure, one a line,
# without BASE_SKIPPED_PACKAGES. Reads apt's lists once (apt-get update) if they are missing.
resolve_packages() {
  local plan
  if ! plan=$(apt_empty install -s "$@" 2>&1); then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null 2>&1 || die "apt-get update failed"
    plan=$(apt_empty install -s "$@" 2>&1) || { printf '%s\n' "$plan" >&2; die "apt cannot resolve $*"; }
  fi
  awk -v skip=" ${BASE_SKIPPED_PACKAGES[*]} " '$1 == "Inst" && index(skip, " " $2 " ") == 0 {
      gsub(/[(]/, "", $3); match($0, /\[[a-z0-9]+\]/); print $2, $3, substr($0, RSTART + 1, RLENGTH - 2) }' <<<"$plan" | sort
}

# base_fixups ROOT KIND: what the maintainer scripts would have done, and the image's users.
base_fixups() {
  local rootfs=$1 kind=$2
  rm -rf "$rootfs"/usr/share/{doc,man,info,locale,lintian,bug} "$rootfs"/var/cache/* "$rootfs"/var/lib/dpkg
  mkdir -p "$rootfs/tmp" "$rootfs/etc"
  chmod 1777 "$rootfs/tmp"
  printf '%s\n' 'root:x:0:0:root:/root:/usr/sbin/nologin' 'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin' \
    >"$rootfs/etc/passwd"
  printf '%s\n' 'root:x:0:' 'nogroup:x:65534:' >"$rootfs/etc/group"
  if [[ $kind == service ]]; then
    echo 'app:x:185:0:app:/deployments:/usr/sbin/nologin' >>"$rootfs/etc/passwd"
    ln -sfn "$JRE_HOME/bin/java" "$rootfs/usr/bin/java"
    # jpackage and ct.sym serve builds (packaging, javac's symbol table), not a running service.
    rm -f "$rootfs$JRE_HOME/bin/jpackage" "$rootfs$JRE_HOME/lib/ct.sym"
    # The JRE's lib/security/cacerts links here; ca-certificates-java would have written it.
    [[ -f /etc/ssl/certs/java/cacerts ]] || die "no /etc/ssl/certs/java/cacerts on this machine (package ca-certificates-java)"
    mkdir -p "$rootfs/etc/ssl/certs/java"
    cp /etc/ssl/certs/java/cacerts "$rootfs/etc/ssl/certs/java/cacerts"
  else
    echo 'nginx:x:101:101:nginx:/nonexistent:/usr/sbin/nologin' >>"$rootfs/etc/passwd"
    echo 'nginx:x:101:' >>"$rootfs/etc/group"
    mkdir -p "$rootfs/var/log/nginx" "$rootfs/var/lib/nginx"
  fi
}

# base_java_version ROOT: `java -version` inside the unpacked root (a private mount namespace
# with its own /proc, which the loader needs), as root only; shows the JRE runs from the root alone.
base_java_version() {
  local rootfs=$1 out
  if [[ $EUID -ne 0 ]] || ! have unshare; then
    info "  (java -version in the root skipped: needs root and unshare)"
    return 0
  fi
  # shellcheck disable=SC2016 # $1 is the inner shell's
  out=$(unshare -m --fork sh -c 'mount -t proc proc "$1/proc" && chroot "$1" /usr/bin/java -version' sh "$rootfs" 2>&1) ||
    { printf '%s\n' "$out" >&2; die "java does not run in the service base root"; }
  info "  in the base root: $(sed -n 2p <<<"$out")"
}

# build_base KIND PACKAGES...: IMAGES_TARGET/base/KIND.tar, a one-layer image in `docker save`
# layout (Jib's local base image). Rebuilt only when the resolved package versions, the functions
# that make it or the trust store it copies change; every file is owned by root and has a fixed
# time, so the layer's digest is reproducible.
build_base() {
  local kind=$1 dir=$IMAGES_TARGET/base started key name version arch deb debs=() diff_id
  shift
  started=$(now_ms)
  local list rootfs=$dir/$kind-root wrap=$dir/$kind-image
  list=$(resolve_packages "$@")
  key=$( {
    printf '%s\n' "$list"
    declare -f apt_empty base_fixups base_java_version build_base
    [[ $kind != service ]] || sha256sum /etc/ssl/certs/java/cacerts
  } | sha256sum | cut -c1-64)
  if [[ -f $dir/$kind.tar && $(cat "$dir/$kind.key" 2>/dev/null) == "$key" ]]; then
    info "Base $kind: $(wc -l <<<"$list") Debian packages, unchanged ($(rel "$dir/$kind.tar"))"
    return 0
  fi
  if ! apt_empty install --download-only -y "$@" >"$dir/$kind-apt.log" 2>&1; then
    # Lists older than the mirror name versions it no longer serves: read them again, once.
    [[ -z ${BASE_APT_UPDATED:-} ]] || { show_log_tail "$dir/$kind-apt.log"; die "downloading the $kind base's packages failed"; }
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null 2>&1 || die "apt-get update failed"
    BASE_APT_UPDATED=1 build_base "$kind" "$@"
    return
  fi
  while read -r name version arch; do
    deb=$DEBS_DIR/${name}_${version//:/%3a}_$arch.deb
    [[ -f $deb ]] || die "apt did not download $name $version: $(rel "$deb") is missing"
    debs+=("$deb")
  done <<<"$list"
  rm -rf "$rootfs" "$wrap"
  mkdir -p "$rootfs" "$wrap"
  for deb in "${debs[@]}"; do dpkg-deb -x "$deb" "$rootfs"; done
  base_fixups "$rootfs" "$kind"
  [[ $kind != service ]] || base_java_version "$rootfs"
  tar -C "$rootfs" --sort=name --mtime=@1 --owner=0 --group=0 --numeric-owner --format=gnu -cf "$wrap/layer.tar" .
  diff_id=$(sha256sum "$wrap/layer.tar" | cut -c1-64)
  gzip -n -6 "$wrap/layer.tar"
  printf '{"architecture":"%s","os":"linux","config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]},"rootfs":{"type":"layers","diff_ids":["sha256:%s"]}}\n' \
    "$(dpkg --print-architecture)" "$diff_id" >"$wrap/config.json"
  printf '[{"Config":"config.json","RepoTags":["parksuite-base/%s:local"],"Layers":["layer.tar.gz"]}]\n' "$kind" >"$wrap/manifest.json"
  tar -C "$wrap" --mtime=@1 --owner=0 --group=0 --numeric-owner -cf "$dir/$kind.tar" manifest.json config.json layer.tar.gz
  printf '%s\n' "$key" >"$dir/$kind.key"
  info "Base $kind: $(wc -l <<<"$list") Debian packages, $(du -sm "$rootfs" | cut -f1) MB unpacked, $(du -m "$dir/$kind.tar" | cut -f1) MB compressed, in $(elapsed "$started")"
  rm -rf "$rootfs" "$wrap"
}

# The images of the suite, each a tarball IMAGES_TARGET/images/<image>.tar with its digest beside it.
IMAGE_NAMES=(enterprise-service project-service indicator-service approval-service gateway)

images_java() { java -cp "$IMAGES_DIR/target/classes:$IMAGES_DIR/target/lib/*" "$@"; }

# The gateway image's inputs the suite builds: the portal's Swagger UI (npm) and the cockpit.
gateway_image_inputs() {
  local portal=$ROOT/deploy/gateway/portal cockpit=$ROOT/deploy/gateway/cockpit
  have npm || install_packages npm
  npm_ci "$portal"
  if [[ ! -f $cockpit/dist/index.html ]]; then
    npm_ci "$cockpit"
    (cd "$cockpit" && npm run --silent build >/dev/null) || die "building the cockpit failed: run 'npm run build' in $(rel "$cockpit")"
  fi
}

# unpack_image NAME DIR: the image's layers, bottom first, unpacked into DIR (as a runtime would).
unpack_image() {
  local tar=$IMAGES_TARGET/images/$1.tar dir=$2 layer blobs
  blobs=$IMAGES_TARGET/images/$1-blobs
  rm -rf "$dir" "$blobs"
  mkdir -p "$dir" "$blobs"
  tar -C "$blobs" -xf "$tar" blobs
  while read -r layer; do
    tar -C "$dir" --warning=no-unknown-keyword -xzf "$blobs/$layer"
  done <"$IMAGES_TARGET/images/$1.layers"
  rm -rf "$blobs"
}

# The gateway image, unpacked, renders its configuration as its entrypoint does, with the
# image's environment and user, and nginx accepts it: root and unshare only.
check_gateway_runs() {
  local rootfs=$IMAGES_TARGET/images/gateway-root env=() out
  if [[ $EUID -ne 0 ]] || ! have unshare; then
    info "    (running the gateway image's render skipped: needs root and unshare)"
    return 0
  fi
  unpack_image gateway "$rootfs"
  mapfile -t env <"$IMAGES_TARGET/images/gateway.env"
  # shellcheck disable=SC2016 # $1 is the inner shell's
  out=$(env -i "${env[@]}" unshare -m --fork sh -c \
    'mount -t proc proc "$1/proc" && mount --bind /dev "$1/dev" && chroot --userspec=101:101 "$1" /bin/bash /opt/gateway/render /tmp/gateway' sh "$rootfs" 2>&1) ||
    { printf '%s\n' "$out" >&2; die "the gateway image cannot render its configuration (above)"; }
  info "    unpacked as user 101: render and nginx -t passed ($(chroot "$rootfs" /usr/sbin/nginx -v 2>&1 | sed 's/.*: //'))"
  rm -rf "$rootfs"
}

# The service image, unpacked, runs as its migrate init container does in deploy/k8s (the
# parksuite-migration settings: migrate at start, then exit) against a scratch database of this
# machine's PostgreSQL, as user 185 with the image's own environment and entrypoint: every schema
# migration applies and the JVM exits 0. The JRE, the fast-jar and the prod profile work together.
# One service: the others share the base and the layout. Root and unshare only.
check_service_migrates() {
  local name=$1 role=${1%-service} db=${1%-service}_image_check rootfs=$IMAGES_TARGET/images/$1-root
  local env=() entrypoint=() out applied started
  if [[ $EUID -ne 0 ]] || ! have unshare; then
    info "    (running the $name image's migration skipped: needs root and unshare)"
    return 0
  fi
  load_secrets
  ensure_postgres
  as_postgres env PGOPTIONS='-c client_min_messages=warning' psql -X -q -p 5432 -d postgres \
    -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db OWNER $role" >/dev/null ||
    die "creating the scratch database $db failed"
  unpack_image "$name" "$rootfs"
  mapfile -t env <"$IMAGES_TARGET/images/$name.env"
  mapfile -t entrypoint <"$IMAGES_TARGET/images/$name.entrypoint"
  started=$(now_ms)
  # The token settings are required at start, never used by a migration.
  # shellcheck disable=SC2016 # $1 is the inner shell's
  out=$(env -i "${env[@]}" QUARKUS_FLYWAY_MIGRATE_AT_START=true QUARKUS_INIT_AND_EXIT=true \
    DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" DB_USERNAME="$role" DB_PASSWORD="$DB_PASSWORD" \
    JWT_ISSUER=https://issuer.invalid/realms/check JWT_PUBLIC_KEY_LOCATION=https://issuer.invalid/realms/check/certs \
    timeout 120 unshare -m --fork sh -c \
    'mount -t proc proc "$1/proc" && mount --bind /dev "$1/dev" && root=$1 && shift && chroot --userspec=185:0 "$root" "$@"' \
    sh "$rootfs" "${entrypoint[@]}" 2>&1) || { printf '%s\n' "$out" | tail -20 >&2; rm -rf "$rootfs"; die "the $name image's migration (its init container) failed (above)"; }
  rm -rf "$rootfs"
  applied=$(as_postgres psql -X -At -p 5432 -d "$db" -c "SELECT count(*) FROM flyway_schema_history WHERE success") || applied=0
  as_postgres psql -X -q -p 5432 -d postgres -c "DROP DATABASE $db" >/dev/null || true
  ((applied > 0)) || die "the $name image exited without applying a migration"
  info "    unpacked as user 185, run as its migrate init container: $applied migrations applied, exit 0, in $(elapsed "$started")"
}

# Builds every image as an OCI tarball (Jib, no Docker engine) on base roots unpacked from
# Debian packages, then checks each: user, entrypoint, layers, files, no build tools. Writes only
# under deploy/images/target and .tools/debs: `release` is what changes tracked files.
tier_images() {
  local started name app base=$IMAGES_TARGET/base images=$IMAGES_TARGET/images build=() check=()
  { have apt-get && have dpkg-deb; } || die "the base roots are unpacked from Debian packages: apt-get and dpkg-deb are needed"
  build_base service "${SERVICE_BASE_PACKAGES[@]}"
  build_base gateway "${GATEWAY_BASE_PACKAGES[@]}"
  gateway_image_inputs
  started=$(now_ms)
  # Maven only when the builder changed (its start alone takes seconds): compiled, and its checks
  # tested on broken images.
  if [[ ! -f $IMAGES_TARGET/compiled || -n $(find "$IMAGES_DIR/pom.xml" "$IMAGES_DIR/src" -newer "$IMAGES_TARGET/compiled" -print -quit) ]]; then
    "$MVN" -B -ntp -q -f "$IMAGES_DIR/pom.xml" test || die "building or testing the image builder (deploy/images) failed"
    touch "$IMAGES_TARGET/compiled"
    info "Image builder compiled and tested in $(elapsed "$started")"
  fi
  for name in "${IMAGE_NAMES[@]}"; do
    if [[ $name == gateway ]]; then
      build+=(gateway "parksuite/$name:$IMAGE_TAG" "$base/gateway.tar" "$ROOT" "$images/$name.tar")
      check+=(gateway "$images/$name.tar")
    else
      app=$ROOT/$name/target/quarkus-app
      [[ -f $app/quarkus-run.jar ]] || die "no $(rel "$app")/quarkus-run.jar: the build tier packages it"
      build+=(service "parksuite/$name:$IMAGE_TAG" "$base/service.tar" "$app" "$images/$name.tar")
      check+=(service "$images/$name.tar")
    fi
  done
  mkdir -p "$images"
  started=$(now_ms)
  images_java io.parksuite.images.ImageBuilder "${build[@]}" || die "Jib could not build the images (above)"
  info "Images built by Jib in $(elapsed "$started"), as OCI tarballs in $(rel "$images"); checks:"
  started=$(now_ms)
  images_java io.parksuite.images.ImageCheck "${check[@]}" || die "images fail their checks (above)"
  check_service_migrates "${IMAGE_NAMES[0]}"
  check_gateway_runs
  check_release_renders
  info "Images checked in $(elapsed "$started")"
}

# The registry path the base kustomization names every image by (deploy/k8s/base).
IMAGE_REPOSITORY=images.parksuite.example/parksuite
RELEASE_COMPONENT=$ROOT/deploy/k8s/overlays/prod/release/kustomization.yaml

# deploy/suite images: the images tier alone (the services' fast-jars must be built).
cmd_images() {
  (($# == 0)) || die "images takes no arguments"
  ensure_maven
  tier_images
}

# release_component FILE REGISTRY: writes the prod overlay's release component into FILE, each
# image by the digest the images tier recorded, under REGISTRY.
release_component() {
  local file=$1 registry=$2 name digest
  {
    printf '%s\n' "# The images of the last release, by digest: written by \`deploy/suite release\` from the image" \
      "# tarballs the images tier built (deploy/images/target/images)." \
      "apiVersion: kustomize.config.k8s.io/v1alpha1" "kind: Component" "images:"
    for name in "${IMAGE_NAMES[@]}"; do
      [[ -f $IMAGES_TARGET/images/$name.digest ]] || die "no image $name: run 'deploy/suite images' (or test) first"
      digest=$(<"$IMAGES_TARGET/images/$name.digest")
      [[ $digest =~ ^sha256:[0-9a-f]{64}$ ]] || die "$(rel "$IMAGES_TARGET/images/$name.digest") holds no sha256 digest"
      printf '  - name: %s\n    newName: %s\n    digest: %s\n' "$IMAGE_REPOSITORY/$name" "$registry/$name" "$digest"
    done
  } >"$file.new"
  mv "$file.new" "$file"
}

# The release step on a copy of deploy/k8s (a test run changes no tracked file): the prod overlay
# renders with every container of the suite on its image's digest.
check_release_renders() {
  local copy=$IMAGES_TARGET/release-check registry=registry.invalid/parksuite rendered name digest
  have kubectl || { info "    (the release render skipped: no kubectl)"; return 0; }
  rm -rf "$copy"
  mkdir -p "$copy"
  (cd "$ROOT/deploy" && tar --exclude=node_modules -cf - k8s) | tar -C "$copy" -xf -
  release_component "$copy/k8s/overlays/prod/release/kustomization.yaml" "$registry"
  rendered=$(kubectl kustomize "$copy/k8s/overlays/prod") || die "the prod overlay does not render with a release"
  rm -rf "$copy"
  for name in "${IMAGE_NAMES[@]}"; do
    digest=$(<"$IMAGES_TARGET/images/$name.digest")
    grep -q "image: $registry/$name@$digest\$" <<<"$rendered" || die "prod does not run $name by its digest after a release"
  done
  if grep -E 'image: .*/parksuite/' <<<"$rendered" | grep -vq '@sha256:'; then
    die "after a release, prod still runs an image of the suite by tag"
  fi
  info "    release: prod renders every image of the suite by its digest"
}

# deploy/suite release [--registry R]: pins the prod overlay to the images built last, by
# digest (the manifest's sha256, which the registry serves them by once pushed unchanged).
cmd_release() {
  local registry=$IMAGE_REPOSITORY name
  while (($#)); do
    case $1 in
      --registry)
        [[ ${2:-} =~ ^[a-z0-9.-]+(:[0-9]+)?(/[a-z0-9._-]+)*$ ]] || die "--registry takes a registry path such as registry.example:5000/parksuite"
        registry=$2
        shift 2
        ;;
      *) die "release takes --registry R only" ;;
    esac
  done
  release_component "$RELEASE_COMPONENT" "$registry"
  info "Pinned the prod overlay's images by digest in $(rel "$RELEASE_COMPONENT"); push each tarball unchanged, e.g."
  for name in "${IMAGE_NAMES[@]}"; do
    info "  skopeo copy oci-archive:$(rel "$IMAGES_TARGET/images/$name.tar") docker://$registry/$name:$IMAGE_TAG"
  done
}
