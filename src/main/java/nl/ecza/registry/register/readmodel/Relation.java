package nl.ecza.registry.register.readmodel;

/** How a recognised condition relates to the condition searched for; the order is the ranking. */
public enum Relation {
    /** Recognised for exactly the condition searched for. */
    EXACT,
    /** Recognised for a broader group the searched condition belongs to. */
    BROADER,
    /** Recognised for a narrower condition inside the searched group. */
    NARROWER
}
