package nl.ecza.registry.page;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Headers for the finder page and its files (/, /index.html, the statements, /assets/...), which Quarkus serves from
 * META-INF/resources. The page loads nothing from another host, so its Content-Security-Policy allows only its
 * own origin; PlatformRoutes keeps a policy that is already set. Search terms are in the page's URL and can say
 * something about a person's health: no Referer leaves for the centres' websites or Orphanet's licence page.
 */
@ApplicationScoped
public class PageRoutes {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final Pattern PAGE = Pattern.compile("/[a-z-]+\\.html");

    void install(@Observes Router router) {
        // right after PlatformRoutes' own first handlers, before the static files are served
        router.route().order(Integer.MIN_VALUE + 10).handler(rc -> {
            if (isPage(rc.normalizedPath())) {
                pageHeaders(rc.response().headers());
            }
            rc.next();
        });
    }

    /** The page and its files; any other path (the API, /q, an unknown path) keeps the platform's headers. */
    static boolean isPage(String path) {
        return path.equals("/") || path.startsWith("/assets/") || PAGE.matcher(path).matches();
    }

    static void pageHeaders(MultiMap headers) {
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("Referrer-Policy", "no-referrer");
        // geolocation only on the visitor's request, and never for a frame (the page cannot be framed anyway)
        headers.set("Permissions-Policy", "geolocation=(self), camera=(), microphone=()");
        // the files are small and change with a release: revalidate every time rather than serve a stale page
        headers.set(HttpHeaders.CACHE_CONTROL, "no-cache");
    }
}
