package nl.ecza.registry.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded PostgreSQL for every Quarkus test in the module, so all share one application start. */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
public final class DatabaseForAllTests {

    private DatabaseForAllTests() {
    }
}
