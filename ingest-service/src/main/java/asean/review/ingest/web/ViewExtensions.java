package asean.review.ingest.web;

import asean.review.contract.api.Review;
import asean.review.contract.api.ReviewState;
import io.quarkus.qute.TemplateExtension;

/** Small helpers the templates call on contract types. */
@TemplateExtension
public final class ViewExtensions {

    private ViewExtensions() {
    }

    /** The message key of a review's state: {@code state_RETURNED}. */
    static String stateKey(Review review) {
        return "state_" + (review == null || review.state() == null ? ReviewState.PENDING_REVIEW : review.state())
                .name();
    }
}
