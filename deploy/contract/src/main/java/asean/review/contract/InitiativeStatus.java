package asean.review.contract;

public enum InitiativeStatus {
    PROPOSED, ADOPTED, IN_PROGRESS, COMPLETED;

    static final String PATTERN = "PROPOSED|ADOPTED|IN_PROGRESS|COMPLETED";
    static final String LIST = "PROPOSED, ADOPTED, IN_PROGRESS, COMPLETED";
}
