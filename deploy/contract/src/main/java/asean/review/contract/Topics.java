package asean.review.contract;

public final class Topics {
    public static final String SUBMITTED = "contributions.submitted";
    public static final String SUBMITTED_DLQ = "contributions.submitted.dlq";

    private Topics() {
    }
}
