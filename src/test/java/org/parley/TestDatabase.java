package org.parley;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Gives every test application context a fresh database of its own on a real PostgreSQL: one
 * embedded server per test JVM, or the server of {@code PARLEY_TEST_DB_URL} (with
 * {@code PARLEY_TEST_DB_USERNAME} and {@code PARLEY_TEST_DB_PASSWORD}) when it is set.
 * Registered in META-INF/spring.factories, so every Spring Boot test gets it without asking.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Set to true by a test that gives the application a database server of its own. */
    public static final String OWN_DATABASE = "parley.test.own-database";

    private static final AtomicInteger databases = new AtomicInteger();
    private static Server server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context.getEnvironment().getProperty(OWN_DATABASE, Boolean.class, false)) {
            return; // the test brings its own server, e.g. to stop and start it
        }
        var database = create();
        TestPropertyValues.of(
                "spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                "spring.mail.port=" + TestSmtp.PORT
        ).applyTo(context);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed) {
                failFastOnceTheServerIsGone(closed);
            }
        });
    }

    /** A new, empty database on the tests' server. */
    public static Database create() {
        String name = "parley_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        var server = server();
        server.execute("CREATE DATABASE " + name);
        return new Database(server.urlOf(name), server.username, server.password);
    }

    public record Database(String url, String username, String password) {
    }

    /**
     * At the JVM's end the embedded server stops in its own shutdown hook while Spring closes the contexts in
     * another, and Spring Modulith's event publication registry asks the database for unfinished publications
     * as it closes: waiting for a connection to a server that is gone would last the pool's 30 s, and Surefire
     * kills a test JVM that takes that long to exit. Closing the pool first makes that question fail at once.
     */
    private static void failFastOnceTheServerIsGone(ContextClosedEvent event) {
        if (!jvmEnding()) {
            return;
        }
        for (var dataSource : event.getApplicationContext().getBeansOfType(DataSource.class).values()) {
            try {
                if (dataSource.isWrapperFor(HikariDataSource.class)) {
                    dataSource.unwrap(HikariDataSource.class).close();
                }
            } catch (SQLException ignored) {
                // the JVM is ending
            }
        }
    }

    private static boolean jvmEnding() {
        try {
            var probe = new Thread(() -> { });
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
    }

    private static synchronized Server server() {
        if (server == null) {
            String externalUrl = System.getenv("PARLEY_TEST_DB_URL");
            server = externalUrl == null || externalUrl.isBlank() ? Server.embedded() : Server.external(externalUrl);
        }
        return server;
    }

    private record Server(String adminUrl, String username, String password) {

        static Server embedded() {
            try {
                var postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(Files.createTempDirectory("parley-test-pg"))
                        .setCleanDataDirectory(true)
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is ending; the temporary directory goes with the machine
                    }
                }));
                return new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
            }
        }

        static Server external(String url) {
            return new Server(url, env("PARLEY_TEST_DB_USERNAME", "postgres"), env("PARLEY_TEST_DB_PASSWORD", ""));
        }

        String urlOf(String database) {
            int query = adminUrl.indexOf('?');
            String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
            String parameters = query < 0 ? "" : adminUrl.substring(query);
            return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
        }

        void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
                 var statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Test database: " + sql, e);
            }
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null ? fallback : value;
        }
    }
}
