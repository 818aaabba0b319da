# enterprise-service in JVM mode, Quarkus fast-jar layout. Build context: the repository root, after
# `mvn package`:
#   docker build -f deploy/docker/enterprise-service.Dockerfile -t parksuite/enterprise-service:1.0.0 .
FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.23

ENV LANGUAGE='en_US:en' \
    JAVA_APP_JAR=/deployments/quarkus-run.jar \
    JAVA_OPTS='-Djava.util.logging.manager=org.jboss.logmanager.LogManager'

# Dependencies first: they change less often than the application, so their layer is reused.
COPY --chown=185:0 enterprise-service/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185:0 enterprise-service/target/quarkus-app/*.jar /deployments/
COPY --chown=185:0 enterprise-service/target/quarkus-app/app/ /deployments/app/
COPY --chown=185:0 enterprise-service/target/quarkus-app/quarkus/ /deployments/quarkus/

EXPOSE 8080
# 185 is the image's non-root "default" user; Kubernetes runs it with a read-only root file
# system and an emptyDir on /tmp.
USER 185

ENTRYPOINT ["/opt/jboss/container/java/run/run-java.sh"]
