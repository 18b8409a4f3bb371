# Build and run Parley; docker-compose.yml pairs it with PostgreSQL.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY db db
COPY src src
RUN ./mvnw -B -q package -DskipTests

# Java 25 runs the Java 17 jar and starts it fastest from its AOT cache (docs/startup.md).
FROM eclipse-temurin:25-jre
RUN useradd --system --home /app parley && mkdir -p /app/bin /app/jvm && chown parley /app/jvm
WORKDIR /app
COPY --from=build /src/target/parley.jar parley.jar
COPY bin/parley bin/parley
USER parley
# Bounded memory (peak RSS 356-369 MB in bench/run.sh): bin/parley's default options, see the README.
ENV PARLEY_JAR=/app/parley.jar PARLEY_CACHE_DIR=/app/jvm MALLOC_ARENA_MAX=2
# The class cache is trained here, once, on a throwaway embedded database. Should that fail, the first
# start of a container trains it instead.
RUN PARLEY_TRAIN_ONLY=1 bin/parley --parley.demo.enabled=false \
        --parley.database.embedded.data-directory=/tmp/training-db \
    && rm -rf /tmp/training-db /app/jvm/*/training.failed
EXPOSE 8080
ENTRYPOINT ["/app/bin/parley"]
