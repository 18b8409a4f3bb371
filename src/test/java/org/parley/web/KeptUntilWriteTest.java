package org.parley.web;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search keeps: counted once, counted again after any write Parley commits, never kept across one;
 * and what insights keep: the last count served while it is counted again in the background.
 */
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

    @Test
    void theLastCountIsServedWhileItIsCountedAgainAfterAWrite() throws InterruptedException {
        KeptAndRecounted<String, Integer> kept = writes.keepAndRecount(8, Duration.ZERO, Duration.ofMinutes(1));
        assertThat(kept.get("d", counted::incrementAndGet)).isEqualTo(1);
        write();

        var slow = new CountDownLatch(1);
        assertThat(kept.get("d", () -> {
            await(slow);
            return counted.incrementAndGet();
        })).as("served at once").isEqualTo(1);
        assertThat(kept.get("d", counted::incrementAndGet)).as("one count at a time").isEqualTo(1);
        slow.countDown();

        assertThat(eventually(() -> kept.get("d", () -> -1), 2)).as("counted again in the background").isEqualTo(2);
        assertThat(counted.get()).isEqualTo(2);
    }

    @Test
    void aWriteSoonAfterACountWaitsForThePause() {
        KeptAndRecounted<String, Integer> kept = writes.keepAndRecount(8, Duration.ofMinutes(1), Duration.ofMinutes(5));
        kept.get("e", counted::incrementAndGet);
        write();

        assertThat(kept.get("e", counted::incrementAndGet)).isEqualTo(1);
        assertThat(counted.get()).as("not counted again yet").isEqualTo(1);
    }

    @Test
    void recountsNothingKeptWithThePageCacheOff() {
        var off = new Writes(new PageCacheSettings(false, Duration.ofSeconds(5), 1024));
        KeptAndRecounted<String, Integer> kept = off.keepAndRecount(8, Duration.ZERO, Duration.ofMinutes(1));
        kept.get("f", counted::incrementAndGet);
        assertThat(kept.get("f", counted::incrementAndGet)).isEqualTo(2);
    }

    private void write() {
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                jdbc.sql("UPDATE consultation SET title = title WHERE false").update());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The value once it is the one expected, or the last one after five seconds. */
    private static int eventually(Supplier<Integer> value, int expected) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int last = value.get();
        while (last != expected && System.nanoTime() < until) {
            Thread.sleep(20);
            last = value.get();
        }
        return last;
    }
}
