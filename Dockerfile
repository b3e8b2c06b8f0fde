# syntax=docker/dockerfile:1
#   docker build -t nurture .
#   docker run -p 8080:8080 -v nurture-data:/data nurture
# Configuration comes from the environment (see the README); config/ and conversations/ are baked in
# and can be replaced by mounting over /app/config or /app/conversations.

# Build with the project's own Maven wrapper; ~/.m2 (dependencies and the wrapper's Maven) stays in a
# BuildKit cache between builds, so only changed sources are rebuilt.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/ src/
# The content's JSON Schemas are packaged into the jar (the service validates content against them).
COPY conversations/schema/ conversations/schema/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/nurture-*.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:17-jre
RUN groupadd --gid 10001 nurture \
 && useradd --uid 10001 --gid nurture --no-log-init --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin nurture \
 && mkdir /data \
 && chown nurture:nurture /data
WORKDIR /app
# Least to most often changed, so a code change rebuilds only the last, small layer.
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
COPY conversations/ conversations/
COPY config/ config/
# The embedded H2 database lives here unless DATABASE_URL points at PostgreSQL.
ENV DATA_DIR=/data
VOLUME /data
# Numeric, so that Kubernetes' runAsNonRoot can verify it. The files under /app stay root's: read-only.
USER 10001:10001
EXPOSE 8080
# No HEALTHCHECK: the orchestrator probes /actuator/health/liveness and /actuator/health/readiness.
# The JRE image ships no HTTP client the project can count on (Temurin's curl is there only for
# historical reasons and may go), and starting a JVM for every probe would cost more than it tells.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
