package org.parley.database;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDirectory where the embedded cluster keeps its files; it survives restarts
 * @param port          0 picks a free port at each start
 * @param serverConfig  PostgreSQL settings given to the server at start (bench/run.sh loads
 *                      pg_stat_statements this way); keys in brackets:
 *                      {@code server-config[shared_preload_libraries]}
 */
@ConfigurationProperties("parley.database.embedded")
record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path dataDirectory,
                                  @DefaultValue("0") int port,
                                  @DefaultValue Map<String, String> serverConfig) {
}
