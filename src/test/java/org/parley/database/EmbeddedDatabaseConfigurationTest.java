package org.parley.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a configured server, Parley's data lives in a directory and survives a restart. */
class EmbeddedDatabaseConfigurationTest {

    @TempDir
    Path data;

    @Test
    void whatIsWrittenIsThereAfterARestart() throws Exception {
        var configuration = new EmbeddedDatabaseConfiguration();
        var properties = new EmbeddedDatabaseProperties(data.resolve("postgres"), 0, Map.of("work_mem", "7MB"));

        try (EmbeddedPostgres first = EmbeddedDatabaseConfiguration.start(properties);
             var pool = (HikariDataSource) configuration.dataSource(first)) {
            JdbcClient.create(pool).sql("CREATE TABLE kept (word text); INSERT INTO kept VALUES ('multistakeholder')").update();
        }
        assertThat(Files.exists(data.resolve("postgres").resolve("PG_VERSION"))).isTrue();

        try (EmbeddedPostgres second = EmbeddedDatabaseConfiguration.start(properties);
             var pool = (HikariDataSource) configuration.dataSource(second)) {
            assertThat(JdbcClient.create(pool).sql("SELECT word FROM kept").query(String.class).list())
                    .containsExactly("multistakeholder");
            assertThat(JdbcClient.create(pool).sql("SHOW work_mem").query(String.class).single()).isEqualTo("7MB");
        }
    }
}
