package nl.ecza.registry.common.config;

import java.time.Duration;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;


/** Typed view of the {@code ecza.*} settings in application.properties. */
@ConfigMapping(prefix = "ecza")
public interface RegistryConfig {

    Api api();

    Nomenclature nomenclature();

    ReadModel readModel();

    Database database();

    Local local();

    Demo demo();

    Cors cors();

    Security security();

    Rounds rounds();

    Log log();

    Http http();

    interface Api {
        /** Full API version, sent as the API-Version header and equal to info.version of openapi/openapi.yaml. */
        String version();
    }

    interface Nomenclature {
        /** Load the shipped Orphanet pack when the database holds no nomenclature yet. */
        @WithDefault("true")
        boolean loadShippedPack();

        /** Class-path location of the shipped pack (a zip in the official file layout). */
        String shippedPack();
    }

    /** The fictional demo register: for the local run, the tests and benchmarks; never in production. */
    interface Demo {
        @WithDefault("false")
        boolean enabled();

        /** The same seed gives the same register. */
        @WithDefault("20260401")
        long seed();

        /** How many centres to generate (the benchmark also runs with ten times as many). */
        @WithDefault("320")
        int centres();
    }

    /** Which websites may call the public API from a browser. */
    interface Cors {
        /**
         * Exact origins such as https://www.zeldzameziekten.nl; empty
         * means no cross-origin access (except the contract).
         */
        Optional<List<String>> origins();
    }

    /**
     * The local profile only; read by EczaMain before Quarkus starts, declared here so it is documented and checked.
     */
    interface Local {
        /** Where the embedded PostgreSQL of the local profile keeps its data between runs. */
        @WithDefault("target/local-postgres")
        String dataDirectory();

        /**
         * fsync and synchronous commit on, so an acknowledged write survives a crash. {@code false} only to show
         * what a crash then loses ({@code scripts/check-durability.sh --unsafe}).
         */
        @WithDefault("true")
        boolean durable();
    }

    /** Behaviour while the database is away (docs/decisions/0015). */
    interface Database {
        /**
         * How long an HTTP request's connection waits for any one database reply before the request fails with a 503.
         */
        @WithDefault("600ms")
        Duration requestNetworkTimeout();
    }

    interface ReadModel {
        /** How often a replica checks whether another one committed a newer nomenclature release. */
        @WithDefault("30s")
        Duration pollInterval();

        /**
         * 0 turns off the cache of encoded public representations (64 MB by bytes, at most an eighth of the heap),
         * which the benchmarks use to measure the uncached cost; any other value keeps it. (Per-snapshot answer
         * caches are gone: decision 0021.)
         */
        @WithDefault("5000")
        int cachedAnswers();

        /**
         * One full garbage collection after the start, so that the memory the start needed goes back to the machine
         * (StartupMemory); false leaves the heap as the start grew it.
         */
        @WithDefault("true")
        boolean compactHeapAfterStart();
    }

    interface Security {
        /** The token claim naming the institutions a hospital user acts for (registry ids or ROR ids). */
        @WithDefault("institutions")
        String institutionClaim();
    }

    /** Defaults for a new recognition round; staff adjust each round's dates. */
    interface Rounds {
        /** Applications are accepted before this day (ISO --MM-DD) of the round's year, 00:00 Europe/Amsterdam. */
        @WithDefault("--04-01")
        MonthDay applicationDeadline();

        /** Last day of assessment (patient organisations, referees, committee advice). */
        @WithDefault("--07-31")
        MonthDay assessmentEnds();

        /** Day by which the decisions are due. */
        @WithDefault("--10-31")
        MonthDay decisionsDue();

        /**
         * Weeks after a decision within which the institution may object; never fewer than the statutory six (checked
         * at the start by the round feature: a validation annotation here would make Quarkus build Hibernate
         * Validator's metadata of every constrained class a second time, 1.5-2 s of every start on one core).
         */
        @WithDefault("6")
        int objectionWeeks();
    }

    interface Http {
        /** Strict-Transport-Security on every response (set under prod, where TLS ends in front of the service). */
        Optional<String> strictTransportSecurity();
    }

    interface Log {
        /** One JSON object per log line (on under prod), with the request id from the MDC. */
        @WithDefault("false")
        boolean json();
    }
}
