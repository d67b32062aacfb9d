package nl.ecza.registry.common.observability;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;

/**
 * A request id on every response (X-Request-Id) and every log line written while serving it (MDC "requestId").
 * A well-formed id from the caller or a proxy is kept, so one id follows a request through the whole chain.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String id = id(rc.request().getHeader(HEADER));
            MDC.put(MDC_KEY, id);
            rc.put(MDC_KEY, id);
            rc.addHeadersEndHandler(v -> rc.response().headers().set(HEADER, id));
            rc.addEndHandler(v -> MDC.remove(MDC_KEY));
            rc.next();
        });
    }

    static String id(String offered) {
        if (offered != null && ACCEPTABLE.matcher(offered).matches()) {
            return offered;
        }
        // Unique, not secret: ThreadLocalRandom keeps the public hot path free of SecureRandom's lock.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
