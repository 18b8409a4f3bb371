package org.parley.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDirectory where the embedded cluster keeps its files; it survives restarts
 * @param port          0 picks a free port at each start
 */
@ConfigurationProperties("parley.database.embedded")
record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path dataDirectory,
                                  @DefaultValue("0") int port) {
}
