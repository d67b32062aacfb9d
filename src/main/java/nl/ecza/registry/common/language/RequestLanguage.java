package nl.ecza.registry.common.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The language the current request asked for (Accept-Language: nl or en, Dutch by default), read once per request, so
 * that resources need not each take the header. A malformed header never gets here: PlatformRoutes refuses it first.
 * A resource that answers in this language says so to the contract with
 * {@code @Extension(name = ContractFilter.ANSWERS_IN_LANGUAGE, value = "true")}.
 */
@RequestScoped
public class RequestLanguage {

    @Inject
    HttpHeaders headers;

    private Language language;

    public Language get() {
        if (language == null) {
            language = Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return language;
    }
}
