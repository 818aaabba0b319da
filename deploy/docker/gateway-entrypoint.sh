#!/bin/bash
# Renders the gateway's configuration from the environment into /tmp/gateway and runs nginx in
# the foreground (SIGQUIT drains it gracefully).
set -euo pipefail
prefix=/tmp/gateway
bash /opt/gateway/render "$prefix"
exec nginx -p "$prefix/" -e stderr -c "$prefix/nginx.conf"
