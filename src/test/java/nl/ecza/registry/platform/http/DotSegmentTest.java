package nl.ecza.registry.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A dot segment, written or percent-encoded in any case, is refused; a dot inside a segment is not one. */
class DotSegmentTest {

    @ParameterizedTest
    @CsvSource({
        "/v1/conditions, false",
        "/v1/conditions/558, false",
        "/, false",
        "/v1/a.b/c, false",
        "/v1/%20x, false",
        "/v1/x%2eb, false",
        "/v1/., true",
        "/v1/a/../b, true",
        "/v1/%2e%2e/b, true",
        "/v1/%2E%2E, true",
        "/v1/%2e/b, true",
        "/v1/.%2E/b, true",
    })
    void dotSegments(String path, boolean refused) {
        assertEquals(refused, PlatformRoutes.hasDotSegment(path));
    }
}
