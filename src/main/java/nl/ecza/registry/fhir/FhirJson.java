package nl.ecza.registry.fhir;

import org.hl7.fhir.instance.model.api.IBaseResource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/**
 * The one R4 {@link FhirContext} of the service, made on first use: building it scans the R4 model (seconds and
 * some megabytes), which a service that is never asked for FHIR should not pay at startup (docs/decisions/0022).
 * The holder idiom makes the first use thread-safe without a lock on later ones.
 */
public final class FhirJson {

    public static final String MEDIA_TYPE = "application/fhir+json";
    public static final String MEDIA_TYPE_UTF8 = MEDIA_TYPE + ";charset=utf-8";

    private FhirJson() {
    }

    private static final class Holder {
        static final FhirContext R4 = FhirContext.forR4();
    }

    public static FhirContext context() {
        return Holder.R4;
    }

    /** A parser is cheap but not thread-safe to reconfigure: one per encoding. */
    public static String encode(IBaseResource resource, boolean pretty) {
        IParser parser = context().newJsonParser().setPrettyPrint(pretty);
        return parser.encodeResourceToString(resource);
    }
}
