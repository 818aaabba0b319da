# The API gateway: nginx running deploy/gateway/nginx.conf.template, rendered at start
# by deploy/gateway/render from the container's environment (the gateway ConfigMap).
# Build context: the repository root:
#   docker build -f deploy/docker/gateway.Dockerfile -t parksuite/gateway:1.0.0 .
FROM node:24-bookworm-slim AS portal
WORKDIR /portal
COPY deploy/gateway/portal/package.json deploy/gateway/portal/package-lock.json ./
RUN npm ci --omit=dev --loglevel=error

# The park cockpit's static files: its API types come from the stored OpenAPI documents through
# clients/typescript's generator, as in the local build.
FROM node:24-bookworm-slim AS cockpit
WORKDIR /src
COPY contracts/openapi/ contracts/openapi/
COPY clients/typescript/package.json clients/typescript/package-lock.json clients/typescript/.npmrc clients/typescript/redocly.yaml clients/typescript/
COPY deploy/gateway/cockpit/ deploy/gateway/cockpit/
RUN cd deploy/gateway/cockpit && npm ci --loglevel=error && npm run build

# The official image ships envsubst.
FROM nginx:1.27.5-bookworm
COPY deploy/gateway/nginx.conf.template deploy/gateway/render /opt/gateway/
COPY deploy/gateway/portal/index.html deploy/gateway/portal/events.html deploy/gateway/portal/portal.css deploy/gateway/portal/swagger-initializer.js deploy/gateway/portal/package.json deploy/gateway/portal/package-lock.json /opt/gateway/portal/
COPY --from=portal /portal/node_modules /opt/gateway/portal/node_modules
COPY --from=cockpit /src/deploy/gateway/cockpit/dist /opt/gateway/cockpit-dist
COPY deploy/docker/gateway-entrypoint.sh /opt/gateway/entrypoint.sh
# render reinstalls the portal only when the lock file is newer than node_modules.
RUN touch /opt/gateway/portal/node_modules && chmod 0755 /opt/gateway/render /opt/gateway/entrypoint.sh

# COCKPIT_ROOT outside render's own folder: render serves the built page as it is.
ENV COCKPIT_ROOT=/opt/gateway/cockpit-dist \
    GATEWAY_DAEMON=off \
    GATEWAY_ACCESS_LOG=/dev/stdout \
    GATEWAY_ERROR_LOG=stderr
EXPOSE 8080
# The image's unprivileged nginx user; the configuration is rendered into /tmp (an emptyDir).
USER 101
ENTRYPOINT ["/opt/gateway/entrypoint.sh"]
