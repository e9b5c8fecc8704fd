package asean.review.contract;

/** Who submitted: the user name and ministry from the verified token, never from the request body. */
public record Submitter(String name, String ministry) {
}
