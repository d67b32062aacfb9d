package nl.ecza.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.ecza.registry.common.observability.JsonLogs;
import nl.ecza.registry.security.Roles;
import nl.ecza.registry.support.Tokens;

/** Metrics for Prometheus, the request id on responses and log lines, JSON log lines. */
@QuarkusTest
class ObservabilityTest {

    @Test
    void shouldExposeLatencyHistogramsPerEndpointAndBusinessGauges() {
        given().get("/v1/conditions/558").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("http_server_requests_seconds_bucket{")
                && metrics.contains("uri=\"/v1/conditions/{orphaCode}\""), "a latency histogram per URI template");
        assertTrue(metrics.matches("(?s).*\\necza_register_published_centres [1-9][0-9.E]*\\n.*"),
                "published centres gauge");
        assertTrue(metrics.matches("(?s).*\\necza_register_recognitions [1-9][0-9.E]*\\n.*"), "recognitions gauge");
        assertTrue(metrics.contains("ecza_nomenclature_pack_info{data_version=\"1.3.42 / 4.1.8 [2025-03-03]\""),
                "pack version");
        assertTrue(metrics.contains("ecza_nomenclature_last_import_success 1.0"), "last import result");
    }

    @Test
    void shouldCarryARequestIdOnEveryResponseAndLogLine() {
        given().get("/v1/conditions/558").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "trace-4711").get("/v1/nope").then().statusCode(404)
                .header("X-Request-Id", "trace-4711");
        given().header("X-Request-Id", "bad id with spaces").get("/q/health/live").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));

        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                ((ExtLogRecord) record).copyAll();   // the MDC as it is now, on the thread that logged
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        var root = LogContext.getLogContext().getLogger("");
        root.addHandler(capture);
        try {
            // a write makes the read model rebuild and log it, on the request's thread
            given().header("Authorization", Tokens.bearer(Tokens.role(Roles.SECRETARIAT)))
                    .header("X-Request-Id", "trace-4712")
                    .contentType(ContentType.JSON).body(Map.of("nameNl", "Logtestcentrum", "nameEn", "Log test centre",
                            "leadingInstitutionId", "7944e6cd-d778-5c96-8c1d-957e1461b60f"))
                    .post("/v1/register/expertise-centres").then().statusCode(201)
                    .header("X-Request-Id", equalTo("trace-4712"));
        } finally {
            root.removeHandler(capture);
        }
        LogRecord rebuilt = records.stream()
                .filter(r -> String.valueOf(r.getMessage()).contains("Register read model now at")).findFirst()
                .orElseThrow(() -> new AssertionError("no read-model log line among " + records.size()));
        assertEquals("trace-4712", ((ExtLogRecord) rebuilt).getMdc("requestId"));
    }

    @Test
    void shouldWriteOneJsonObjectPerLogLineWithTheRequestId() throws Exception {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "Besluit over \"ORPHA:558\" vastgelegd",
                ExtLogRecord.FormatStyle.NO_FORMAT, ObservabilityTest.class.getName());
        record.setLoggerName("nl.ecza.registry.round");
        record.putMdc("requestId", "trace-4713");
        String line = JsonLogs.formatter().format(record);
        assertEquals(1, line.strip().lines().count(), line);
        Map<?, ?> json = new ObjectMapper().readValue(line, Map.class);
        assertEquals("Besluit over \"ORPHA:558\" vastgelegd", json.get("message"));
        assertEquals("trace-4713", ((Map<?, ?>) json.get("mdc")).get("requestId"));
        assertEquals("INFO", json.get("level"));
    }
}
