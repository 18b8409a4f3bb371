package org.parley.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** What insights and search keep: counted once, counted again after any write Parley commits, never kept across one. */
@SpringBootTest(properties = "parley.page-cache.enabled=true")
class KeptUntilWriteTest {

    @Autowired
    Writes writes;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    private final AtomicInteger counted = new AtomicInteger();

    @Test
    void keptUntilAWriteCommitsNotByReads() {
        KeptUntilWrite<String, Integer> kept = writes.keep(8, Duration.ofMinutes(1));
        assertThat(kept.get("a", counted::incrementAndGet)).isEqualTo(1);
        assertThat(kept.get("a", counted::incrementAndGet)).as("kept").isEqualTo(1);

        var reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
        reading.executeWithoutResult(status -> jdbc.sql("SELECT 1").query(Integer.class).single());
        assertThat(kept.get("a", counted::incrementAndGet)).as("a read leaves it").isEqualTo(1);

        new TransactionTemplate(transactions).executeWithoutResult(status ->
                jdbc.sql("UPDATE consultation SET title = title WHERE false").update());
        assertThat(kept.get("a", counted::incrementAndGet)).as("a write empties it").isEqualTo(2);
    }

    @Test
    void aValueCountedWhileAWriteCommitsIsNotKept() {
        KeptUntilWrite<String, Integer> kept = writes.keep(8, Duration.ofMinutes(1));
        int during = kept.get("b", () -> {
            new TransactionTemplate(transactions).executeWithoutResult(status ->
                    jdbc.sql("UPDATE consultation SET title = title WHERE false").update());
            return counted.incrementAndGet();
        });
        assertThat(during).isEqualTo(1);
        assertThat(kept.get("b", counted::incrementAndGet)).as("counted again").isEqualTo(2);
    }

    @Test
    void keepsNothingWithThePageCacheOff() {
        var off = new Writes(new PageCacheSettings(false, Duration.ofSeconds(5), 1024));
        KeptUntilWrite<String, Integer> kept = off.keep(8, Duration.ofMinutes(1));
        kept.get("c", counted::incrementAndGet);
        assertThat(kept.get("c", counted::incrementAndGet)).isEqualTo(2);
    }
}
