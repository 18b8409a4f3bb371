package org.parley.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/** The embedded server starts alongside Spring, unless a server is configured. */
class EmbeddedDatabaseStartTest {

    @TempDir
    Path data;

    @Test
    void startsTheServerTheBeanThenWaitsFor() throws Exception {
        var context = contextWith(new MockEnvironment()
                .withProperty("parley.database.embedded.data-directory", data.resolve("postgres").toString()));

        new EmbeddedDatabaseStart(new SpringApplication(), new String[0]).contextLoaded(context);

        var starting = context.getBeanFactory().getBean(EmbeddedDatabaseStart.Starting.class);
        try (var postgres = starting.await()) {
            assertThat(JdbcClient.create(postgres.getPostgresDatabase()).sql("SELECT 6 * 7").query(Integer.class).single())
                    .isEqualTo(42);
            assertThat(data.resolve("postgres").resolve("PG_VERSION")).exists();
        }
    }

    @Test
    void startsNothingWhenAServerIsConfigured() {
        var context = contextWith(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/parley")
                .withProperty("parley.database.embedded.data-directory", data.resolve("postgres").toString()));

        new EmbeddedDatabaseStart(new SpringApplication(), new String[0]).contextLoaded(context);

        assertThat(context.getBeanFactory().getBeanNamesForType(EmbeddedDatabaseStart.Starting.class)).isEmpty();
        assertThat(data.resolve("postgres")).doesNotExist();
    }

    private static GenericApplicationContext contextWith(MockEnvironment environment) {
        var context = new GenericApplicationContext();
        context.setEnvironment(environment);
        return context;
    }
}
