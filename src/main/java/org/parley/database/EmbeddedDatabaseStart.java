package org.parley.database;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.aot.AbstractAotProcessor;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the application context is
 * loaded, so that the server's start overlaps Spring's instead of following it; the
 * {@code embeddedServer} bean then waits for it. Registered in META-INF/spring.factories, and
 * idle when a server is configured (tests set one in their context initializer, which has run by
 * then) and while Spring AOT processes the application at build time.
 */
public class EmbeddedDatabaseStart implements SpringApplicationRunListener {

    public EmbeddedDatabaseStart(SpringApplication application, String[] args) {
    }

    @Override
    public void contextLoaded(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        // Spring AOT loads the context at build time to write its code: no server for that either.
        if (DatabaseConfiguration.serverConfigured(environment) || Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
            return;
        }
        var properties = Binder.get(environment)
                .bindOrCreate("parley.database.embedded", EmbeddedDatabaseProperties.class);
        var starting = new CompletableFuture<EmbeddedPostgres>();
        var thread = new Thread(() -> {
            try {
                starting.complete(DatabaseConfiguration.start(properties));
            } catch (Throwable failed) {   // an Error too: the bean waiting for the server must not wait for ever
                starting.completeExceptionally(failed);
            }
        }, "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
        context.getBeanFactory().registerSingleton("embeddedPostgresStarting", new Starting(starting));
    }

    /** The server on its way up. */
    record Starting(CompletableFuture<EmbeddedPostgres> postgres) {

        EmbeddedPostgres await() throws IOException {
            try {
                return postgres.join();
            } catch (CompletionException failed) {
                if (failed.getCause() instanceof IOException io) {
                    throw io;
                }
                throw failed;
            }
        }
    }
}
