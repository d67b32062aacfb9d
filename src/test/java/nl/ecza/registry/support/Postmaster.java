package nl.ecza.registry.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The embedded PostgreSQL server of the test run, as an operating-system process the test can take away and bring
 * back: killed (SIGKILL: connections reset, new ones refused), frozen (SIGSTOP: nothing answers) or restarted with its
 * own command line on the same port and data directory, as zonky started it (under {@code unshare -U} when root, since
 * PostgreSQL refuses to run as root). scripts/check-outage.sh does the same to the packaged service.
 */
public final class Postmaster {

    private final String jdbcUrl;
    private final ProcessHandle process;
    private final List<String> commandLine;

    private Postmaster(String jdbcUrl, ProcessHandle process, List<String> commandLine) {
        this.jdbcUrl = jdbcUrl;
        this.process = process;
        this.commandLine = commandLine;
    }

    /** The postmaster listening on the port of this JDBC URL. */
    public static Postmaster of(String jdbcUrl) {
        Matcher port = Pattern.compile("//[^:/]+:(\\d+)/").matcher(jdbcUrl);
        if (!port.find()) {
            throw new IllegalArgumentException("no port in " + jdbcUrl);
        }
        List<String> portArguments = List.of("-p", port.group(1));
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/bin/postgres")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> Collections.indexOfSubList(List.of(a), portArguments) >= 0)
                        .orElse(false))
                .findFirst()
                .map(p -> {
                    List<String> command = new ArrayList<>();
                    command.add(p.info().command().orElseThrow());
                    command.addAll(List.of(p.info().arguments().orElseThrow()));
                    return new Postmaster(jdbcUrl, p, command);
                })
                .orElseThrow(() -> new IllegalStateException("no postmaster on port " + port.group(1)));
    }

    /** SIGKILL, as the outside tester did: open connections are reset, new ones refused. */
    public void kill() throws Exception {
        process.destroyForcibly();
        process.onExit().get(10, TimeUnit.SECONDS);
    }

    /** SIGSTOP to the server and its backends: connections stay open but nothing answers (a hung server). */
    public void freeze() throws Exception {
        signal("-STOP");
    }

    public void thaw() throws Exception {
        signal("-CONT");
    }

    /** Starts the server again with its old command line (same port and data directory) and waits until it answers. */
    public Postmaster restart() throws Exception {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(commandLine);
        Process started = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try (var c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
                return new Postmaster(jdbcUrl, started.toHandle(), commandLine);
            } catch (SQLException notYet) {
                if (System.nanoTime() > deadline || !started.isAlive()) {
                    throw new IllegalStateException("PostgreSQL did not come back: " + notYet.getMessage(), notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    private void signal(String signal) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        Stream.concat(Stream.of(process), process.descendants()).forEach(p -> command.add(Long.toString(p.pid())));
        if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }
}
