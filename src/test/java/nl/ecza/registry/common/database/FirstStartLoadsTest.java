package nl.ecza.registry.common.database;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.ecza.registry.common.database.FirstStartLoads.Load;
import nl.ecza.registry.common.database.FirstStartLoads.Outcome;
import nl.ecza.registry.support.DatabaseFingerprint;

/**
 * Two instances starting together against one database, played by two threads with their own sessions: the
 * first loads, the second waits on the lock (seen in pg_stat_activity, not guessed from a sleep), then finds the
 * load committed. The probe table stands in for a load's data; the loader commits it in a transaction of its
 * own, as the real loads do.
 */
@QuarkusTest
class FirstStartLoadsTest {

    @Inject
    FirstStartLoads firstStart;

    @Inject
    AgroalDataSource dataSource;

    private final AtomicInteger loads = new AtomicInteger();

    @BeforeEach
    void createProbe() throws SQLException {
        execute("create table first_start_probe (loaded_by text not null)");
    }

    @AfterEach
    void dropProbe() throws SQLException {
        execute("drop table if exists first_start_probe");
    }

    @Test
    void shouldLoadOnceWhenTwoInstancesStartTogetherAndLetTheSecondFindItDone() throws Exception {
        CountDownLatch firstIsLoading = new CountDownLatch(1);
        CountDownLatch finishFirst = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<Outcome> first = instances.submit(() -> firstStart.runOnce(Load.DEMO_REGISTER,
                    FirstStartLoadsTest::probeLoaded, () -> {
                firstIsLoading.countDown();
                await(finishFirst);
                load("first");
            }));
            assertThat(firstIsLoading.await(30, TimeUnit.SECONDS), equalTo(true));

            Future<Outcome> second = instances.submit(() -> firstStart.runOnce(Load.DEMO_REGISTER,
                    FirstStartLoadsTest::probeLoaded, () -> load("second")));
            awaitAdvisoryLockWaiter();
            assertThat(second.isDone(), equalTo(false));

            finishFirst.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS), equalTo(Outcome.LOADED));
            assertThat(second.get(30, TimeUnit.SECONDS), equalTo(Outcome.ALREADY_LOADED));
        } finally {
            finishFirst.countDown();
            instances.shutdownNow();
        }
        assertThat(loads.get(), equalTo(1));
        assertThat(DatabaseFingerprint.count(dataSource, "select count(*) from first_start_probe"), equalTo(1L));
        // and the lock is free again: a later start finds the data without waiting
        assertThat(firstStart.runOnce(Load.DEMO_REGISTER, FirstStartLoadsTest::probeLoaded, () -> load("third")),
                equalTo(Outcome.ALREADY_LOADED));
        assertThat(loads.get(), equalTo(1));
    }

    @Test
    void shouldLetTheNextInstanceLoadWhenTheFirstLoadFailed() {
        try {
            firstStart.runOnce(Load.DEMO_REGISTER, FirstStartLoadsTest::probeLoaded, () -> {
                throw new IllegalStateException("the first instance's load failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back, lock released
        }
        assertThat(firstStart.runOnce(Load.DEMO_REGISTER, FirstStartLoadsTest::probeLoaded, () -> load("next")),
                equalTo(Outcome.LOADED));
        assertThat(loads.get(), equalTo(1));
    }

    private void load(String instance) {
        loads.incrementAndGet();
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement("insert into first_start_probe (loaded_by) values (?)")) {
                s.setString(1, instance);
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static boolean probeLoaded(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select exists (select 1 from first_start_probe)")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    /** Until a session of this database waits for an advisory lock (the second instance, blocked). */
    private void awaitAdvisoryLockWaiter() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (DatabaseFingerprint.count(dataSource,
                "select count(*) from pg_locks where locktype = 'advisory' and not granted") == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the second instance never waited for the first-start lock");
            }
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the first instance finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
