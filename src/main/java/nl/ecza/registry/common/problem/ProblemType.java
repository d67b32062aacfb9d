package nl.ecza.registry.common.problem;

import java.net.URI;

import nl.ecza.registry.common.language.LocalizedText;

/**
 * Every kind of error the API reports. The {@code type} URI is stable: clients may switch on it.
 * docs/problems.md lists them for API users.
 */
public enum ProblemType {
    BAD_REQUEST(400, "bad-request", "Ongeldig verzoek", "Bad request"),
    INVALID_PARAMETERS(400, "invalid-parameters", "Ongeldige parameters", "Invalid parameters"),
    MALFORMED_BODY(400, "malformed-body", "Onleesbare inhoud", "Malformed request body"),
    INVALID_ORPHA_CODE(400, "invalid-orpha-code", "Ongeldige ORPHAcode", "Invalid ORPHAcode"),
    UNAUTHORIZED(401, "unauthorized", "Niet aangemeld", "Not authenticated"),
    FORBIDDEN(403, "forbidden", "Geen toegang", "Forbidden"),
    NOT_REPRESENTED(403, "institution-not-represented", "Niet namens deze instelling",
            "Not acting for this institution"),
    CORS_ORIGIN_NOT_ALLOWED(403, "cors-origin-not-allowed", "Herkomst niet toegestaan", "Origin not allowed"),
    NOT_FOUND(404, "not-found", "Niet gevonden", "Not found"),
    CONDITION_NOT_FOUND(404, "condition-not-found", "Aandoening niet gevonden", "Condition not found"),
    RELEASE_NOT_FOUND(404, "release-not-found", "Nomenclatuurversie niet gevonden", "Nomenclature release not found"),
    CENTRE_NOT_FOUND(404, "centre-not-found", "Expertisecentrum niet gevonden", "Expertise centre not found"),
    INSTITUTION_NOT_FOUND(404, "institution-not-found", "Instelling niet gevonden", "Institution not found"),
    ERN_NOT_FOUND(404, "ern-not-found", "Europees referentienetwerk niet gevonden",
            "European Reference Network not found"),
    ROUND_NOT_FOUND(404, "round-not-found", "Erkenningsronde niet gevonden", "Recognition round not found"),
    APPLICATION_NOT_FOUND(404, "application-not-found", "Aanvraag niet gevonden", "Application not found"),
    REQUESTED_CONDITION_NOT_FOUND(404, "requested-condition-not-found", "Aandoening niet aangevraagd",
            "Condition not requested"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Methode niet toegestaan", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Mediatype niet beschikbaar", "Not acceptable"),
    ROUND_CONFLICT(409, "round-conflict", "Niet mogelijk in deze fase van de ronde",
            "Not possible in this phase of the round"),
    APPLICATION_CONFLICT(409, "application-conflict", "Niet mogelijk voor deze aanvraag",
            "Not possible for this application"),
    OBJECTION_CONFLICT(409, "objection-conflict", "Bezwaar niet mogelijk", "Objection not possible"),
    PRECONDITION_FAILED(412, "precondition-failed", "Verouderde versie", "Stale version"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Verzoek te groot", "Payload too large"),
    RECOGNITION_OVERLAP(409, "recognition-overlap", "Erkenning overlapt", "Recognition overlaps"),
    MEMBERSHIP_OVERLAP(409, "membership-overlap", "Lidmaatschap overlapt", "Membership overlaps"),
    REGISTRY_CONFLICT(409, "registry-conflict", "In strijd met de registerregels",
            "Conflicts with the registry's rules"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Mediatype niet ondersteund", "Unsupported media type"),
    CONDITION_NOT_RECOGNISABLE(422, "condition-not-recognisable", "Aandoening kan niet worden erkend",
            "Condition cannot be recognised"),
    MEMBERSHIP_WITHOUT_RECOGNITION(422, "membership-without-recognition", "Lidmaatschap zonder erkenning",
            "Membership without recognition"),
    APPLICATION_INCOMPLETE(422, "application-incomplete", "Aanvraag niet compleet", "Application incomplete"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency-Key hergebruikt", "Idempotency-Key reused"),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match ontbreekt", "If-Match required"),
    INTERNAL_ERROR(500, "internal-error", "Interne fout", "Internal error"),
    NOMENCLATURE_UNAVAILABLE(503, "nomenclature-unavailable", "Nomenclatuur nog niet beschikbaar",
            "Nomenclature not yet available"),
    DATABASE_UNAVAILABLE(503, "database-unavailable", "Database tijdelijk niet bereikbaar",
            "Database temporarily unavailable");

    public static final String TYPE_PREFIX = "urn:nl:ecza:problem:";

    private final int status;
    private final String slug;
    private final LocalizedText title;

    ProblemType(int status, String slug, String titleNl, String titleEn) {
        this.status = status;
        this.slug = slug;
        this.title = LocalizedText.of(titleNl, titleEn);
    }

    public int status() {
        return status;
    }

    public URI type() {
        return URI.create(TYPE_PREFIX + slug);
    }

    public LocalizedText title() {
        return title;
    }

    /** The generic type for an HTTP status that no specific exception explains. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL_ERROR;
        };
    }
}
