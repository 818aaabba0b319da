# The dev JWT minter: deploy/suite token.
# shellcheck shell=bash

# dev_tokens (ROLE SUB CLIENT TTL USCC DEPT)...: tokens signed with the dev key by the tests' own
# minter (platform-testing's TestTokens through DevTokenCli), one a line; empty USCC/DEPT: no claim.
# It runs on the enterprise service's packaged libraries, which hold the JWT builder.
dev_tokens() {
  local classes=$ROOT/platform-testing/target/classes lib=$ROOT/enterprise-service/target/quarkus-app/lib
  if [[ ! -f $classes/io/parksuite/testing/DevTokenCli.class || ! -d $lib/main ]]; then
    build_services >&2
  fi
  [[ -f $classes/io/parksuite/testing/DevTokenCli.class ]] ||
    die "the token minter is not built: mvn package -DskipTests (or deploy/suite up) first"
  check_java
  java -cp "$classes:$lib/boot/*:$lib/main/*" io.parksuite.testing.DevTokenCli "$@" ||
    die "minting a dev token failed"
}

cmd_token() {
  local role=${1:-} sub='' client=dev-cli uscc='' dept='' ttl=3600
  if [[ $role == --oidc ]]; then
    (($# == 2)) || die "usage: deploy/suite token --oidc <user>"
    component_ready keycloak || die "Keycloak is not running: deploy/suite up --oidc"
    keycloak_token "$2"
    return 0
  fi
  [[ -n $role && $role != -* ]] || die "usage: deploy/suite token <role> [--uscc X] [--dept D] [--client C] [--sub S] [--ttl SECONDS]"
  shift
  contains "$role" "${ROLES[@]}" || die "unknown role '$role'; roles: ${ROLES[*]}"
  while (($#)); do
    case $1 in
      --uscc | --dept | --client | --sub | --ttl)
        (($# >= 2)) || die "token: $1 needs a value"
        case $1 in
          --uscc) uscc=$2 ;;
          --dept) dept=$2 ;;
          --client) client=$2 ;;
          --sub) sub=$2 ;;
          --ttl) ttl=$2 ;;
        esac
        shift 2
        ;;
      --uscc=* | --dept=* | --client=* | --sub=* | --ttl=*)
        set -- "${1%%=*}" "${1#*=}" "${@:2}"
        ;;
      *) die "token: unknown option $1" ;;
    esac
  done
  [[ $ttl =~ ^[1-9][0-9]*$ ]] || die "token: --ttl must be a positive number of seconds"
  [[ $sub$client$uscc$dept != *[[:cntrl:]]* ]] || die "token: control characters are not allowed in claims"
  sub=${sub:-dev-$role}
  [[ $role != enterprise || -n $uscc ]] || warn "an enterprise token without --uscc sees no enterprise's records"
  dev_tokens "$role" "$sub" "$client" "$ttl" "$uscc" "$dept"
}
