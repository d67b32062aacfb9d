package nl.ecza.registry.centre.model;

/** How patients or professionals reach a centre; any part may be absent. */
public record Contact(String phone, String email, String website) {

    public static final Contact NONE = new Contact(null, null, null);

    public boolean isEmpty() {
        return phone == null && email == null && website == null;
    }
}
