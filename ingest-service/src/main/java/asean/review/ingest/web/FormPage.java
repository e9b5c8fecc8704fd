package asean.review.ingest.web;

import java.util.UUID;

import asean.review.contract.api.Review;
import asean.review.ingest.web.form.FormView;

/**
 * The contribution form's data: the form and its errors, its draft and where its pages are ({@code base}: the
 * ministry's path when the office enters on its behalf), the ministry it speaks for (named as in the
 * form's year), what it amends with the office's message, a notice (e.g. the submission could not be sent), and
 * when it was last saved.
 */
public record FormPage(FormView view, UUID draftId, String base, String ministry, String ministryName,
        boolean ministryExisted, Amending amending, String noticeKey, String savedAt) {

    /** The registered version being amended and its review (the office's return message). */
    public record Amending(String amends, int year, String area, int version, Review review) {

        public boolean returned() {
            return review != null && review.state() == asean.review.contract.api.ReviewState.RETURNED;
        }
    }

    public String action() {
        return base + "/drafts/" + draftId;
    }

    public String autosave() {
        return base + "/drafts/" + draftId + "/autosave";
    }
}
