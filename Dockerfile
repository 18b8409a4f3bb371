# Build and run Parley; docker-compose.yml pairs it with PostgreSQL.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY db db
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app parley
WORKDIR /app
COPY --from=build /src/target/parley.jar parley.jar
USER parley
EXPOSE 8080
# Bounded memory (peak RSS under 400 MB in bench/run.sh): see the README's "Benchmarks".
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-Xmx144m", "-Xss512k", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=40m", "-XX:MaxMetaspaceSize=192m", "-XX:CICompilerCount=2", "-jar", "/app/parley.jar"]
