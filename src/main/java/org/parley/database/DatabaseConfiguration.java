package org.parley.database;

import java.io.IOException;
import java.nio.file.Files;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Parley's data source: the server of {@code spring.datasource.url} when one is configured, else
 * the embedded PostgreSQL. The beans decide when Parley starts, not a condition: the jar's Spring
 * AOT code keeps the beans its build found (docs/startup.md), and must still use the URL it is given.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    static boolean serverConfigured(Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    /** The server {@link EmbeddedDatabaseStart} began to start, else one started now; none when a server is configured. */
    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(Environment environment, EmbeddedDatabaseProperties properties,
                                  ObjectProvider<EmbeddedDatabaseStart.Starting> early) throws IOException {
        if (serverConfigured(environment)) {
            return EmbeddedServer.NONE;
        }
        var starting = early.getIfAvailable();
        return new EmbeddedServer(starting != null ? starting.await() : start(properties));
    }

    static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) throws IOException {
        Files.createDirectories(properties.dataDirectory());
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDirectory())
                .setCleanDataDirectory(false);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        properties.serverConfig().forEach(builder::setServerConfig);
        var postgres = builder.start();
        log.info("Embedded PostgreSQL with data in {} at {}", properties.dataDirectory().toAbsolutePath(),
                postgres.getJdbcUrl("postgres", "postgres"));
        return postgres;
    }

    /** A Hikari pool like Spring Boot's own: spring.datasource.hikari.* applies. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties configured, EmbeddedServer embedded) {
        var postgres = embedded.postgres();
        var builder = postgres == null
                ? configured.initializeDataSourceBuilder()
                : DataSourceBuilder.create().url(postgres.getJdbcUrl("postgres", "postgres")).username("postgres").password("");
        return builder.type(HikariDataSource.class).build();
    }
}
