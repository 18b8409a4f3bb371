package org.parley.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a configured server, Parley's data lives in a directory and survives a restart; with one, no server starts. */
class DatabaseConfigurationTest {

    @TempDir
    Path data;

    private final DatabaseConfiguration configuration = new DatabaseConfiguration();

    @Test
    void whatIsWrittenIsThereAfterARestart() throws Exception {
        try (var first = new EmbeddedServer(DatabaseConfiguration.start(properties()));
             var pool = configuration.dataSource(new DataSourceProperties(), first)) {
            JdbcClient.create(pool).sql("CREATE TABLE kept (word text); INSERT INTO kept VALUES ('multistakeholder')").update();
        }
        assertThat(Files.exists(data.resolve("postgres").resolve("PG_VERSION"))).isTrue();

        try (var second = new EmbeddedServer(DatabaseConfiguration.start(properties()));
             var pool = configuration.dataSource(new DataSourceProperties(), second)) {
            assertThat(JdbcClient.create(pool).sql("SELECT word FROM kept").query(String.class).list())
                    .containsExactly("multistakeholder");
            assertThat(JdbcClient.create(pool).sql("SHOW work_mem").query(String.class).single()).isEqualTo("7MB");
        }
    }

    @Test
    void aConfiguredServerIsUsedAndNoneIsStarted() throws Exception {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/parley");
        var configured = new DataSourceProperties();
        configured.setUrl("jdbc:postgresql://db.example:5432/parley");
        configured.setUsername("parley");
        var noServerStarting = new DefaultListableBeanFactory().getBeanProvider(EmbeddedDatabaseStart.Starting.class);

        try (var embedded = configuration.embeddedServer(environment, properties(), noServerStarting);
             var pool = configuration.dataSource(configured, embedded)) {
            assertThat(embedded.postgres()).isNull();
            assertThat(pool.getJdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/parley");
            assertThat(pool.getUsername()).isEqualTo("parley");
        }
        assertThat(data.resolve("postgres")).doesNotExist();
    }

    private EmbeddedDatabaseProperties properties() {
        return new EmbeddedDatabaseProperties(data.resolve("postgres"), 0, Map.of("work_mem", "7MB"));
    }
}
