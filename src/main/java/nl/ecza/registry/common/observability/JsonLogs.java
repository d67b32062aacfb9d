package nl.ecza.registry.common.observability;

import java.util.logging.Handler;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.formatters.JsonFormatter;
import org.jboss.logmanager.formatters.StructuredFormatter;

import io.quarkus.runtime.StartupEvent;
import nl.ecza.registry.common.config.RegistryConfig;

/**
 * JSON log lines in production (one object per line, with the MDC and so the request id), for the log
 * collector. quarkus-logging-json is not on our Maven mirror; the log manager's own JsonFormatter does the work.
 * It takes over the console when the service starts; the few lines of the boot itself stay plain text.
 */
@ApplicationScoped
public class JsonLogs {

    void switchToJson(@Observes @Priority(1) StartupEvent event, RegistryConfig config) {
        if (config.log().json()) {
            for (Handler handler : LogContext.getLogContext().getLogger("").getHandlers()) {
                handler.setFormatter(formatter());
            }
        }
    }

    public static JsonFormatter formatter() {
        JsonFormatter formatter = new JsonFormatter();
        formatter.setPrintDetails(false);
        formatter.setExceptionOutputType(StructuredFormatter.ExceptionOutputType.FORMATTED);
        return formatter;
    }
}
