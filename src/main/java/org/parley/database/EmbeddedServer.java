package org.parley.database;

import java.io.Closeable;
import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;

/** The embedded PostgreSQL Parley runs, or none when it uses a configured server. */
record EmbeddedServer(@Nullable EmbeddedPostgres postgres) implements Closeable {

    static final EmbeddedServer NONE = new EmbeddedServer(null);

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
