# The dev JWT minter: deploy/suite token.
# shellcheck shell=bash

json_string() {
  local s=$1
  [[ $s != *[[:cntrl:]]* ]] || die "token: control characters are not allowed in claims"
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  printf '"%s"' "$s"
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

cmd_token() {
  local role=${1:-} sub='' client=dev-cli uscc='' dept='' ttl=3600 now jti header payload input signature
  local key=$JWT_DIR/private-key.pem
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
  have openssl || die "token needs openssl: apt-get install openssl"
  [[ -r $key ]] || die "cannot read the dev signing key $(rel "$key")"
  sub=${sub:-dev-$role}
  [[ $role != enterprise || -n $uscc ]] || warn "an enterprise token without --uscc sees no enterprise's records"
  now=$(date +%s)
  jti=$(cat /proc/sys/kernel/random/uuid 2>/dev/null || openssl rand -hex 16)

  header=$(printf '{"alg":"RS256","typ":"JWT","kid":"%s"}' "$JWT_KID")
  payload="{\"iss\":$(json_string "$JWT_ISSUER"),\"aud\":$(json_string "$JWT_AUDIENCE")"
  payload+=",\"sub\":$(json_string "$sub"),\"upn\":$(json_string "$sub")"
  payload+=",\"groups\":[$(json_string "$role")],\"azp\":$(json_string "$client")"
  [[ -z $uscc ]] || payload+=",\"uscc\":$(json_string "$uscc")"
  [[ -z $dept ]] || payload+=",\"dept\":$(json_string "$dept")"
  payload+=",\"iat\":$now,\"exp\":$((now + ttl)),\"jti\":$(json_string "$jti")}"

  input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
  signature=$(printf '%s' "$input" | openssl dgst -sha256 -sign "$key" -binary | b64url) ||
    die "signing the token failed"
  printf '%s.%s\n' "$input" "$signature"
}
