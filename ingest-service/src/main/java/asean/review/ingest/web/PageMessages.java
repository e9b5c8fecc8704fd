package asean.review.ingest.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every visible string of the ministries' pages. The texts are in {@code messages/msg_en.properties} and
 * {@code messages/msg_vi.properties} (one key per method, the same keys in both); templates read them as
 * {@code msg:key}, or {@code msg:message(key)} where the key is data (a state, a pillar, a field's label).
 */
@MessageBundle(value = "msg", locale = "en")
public interface PageMessages {

    String appName();

    String signOut();

    String signIn();

    String signedOut_title();

    String signedOut_body();

    String skipToContent();

    String languageNav();

    String footer();

    String backHome();

    String choose();

    String errorPrefix();

    String homeTitle();

    String office();

    String onBehalfBanner(String ministryName);

    String onBehalfOther();

    String enteredByOffice();

    String officeTitle();

    String officeIntro();

    String officeCurrent();

    String officeFormer();

    String officeUntil(java.time.LocalDate until);

    String homeHeading(String ministryName);

    String newContribution();

    String newContributionFor(int year);

    String draftsHeading();

    String noDrafts();

    String draftNew();

    String draftAmends();

    String draftUpdated(String when);

    String yearHeading(int year);

    String deadline(java.time.LocalDate date);

    String noCycle();

    String noContributions();

    String versionRegistered(int version, String when);

    String amend();

    String history();

    String startNextYear(int year);

    String state_PENDING_REVIEW();

    String state_ACCEPTED();

    String state_RETURNED();

    String submission_PENDING();

    String submission_REGISTERED();

    String submission_REJECTED();

    String formTitle();

    String amendTitle();

    String amendHeading(int year, String area);

    String reviewHeading(int version);

    String reviewedBy(String name);

    String errorSummaryTitle();

    String sectionIdentity();

    String sectionYear();

    String sectionNextYear();

    String label_ministry();

    String ministryNotThatYear(String ministry);

    String label_year();

    String hint_year();

    String label_pillar();

    String hint_pillar();

    String label_area();

    String hint_area();

    String label_areaName();

    String hint_areaName();

    String label_language();

    String hint_language();

    String label_summary();

    String hint_summary();

    String label_outcomes();

    String hint_outcomes();

    String label_outcomes_item();

    String label_roles();

    String hint_roles();

    String label_roles_mechanism();

    String hint_roles_mechanism();

    String label_roles_role();

    String hint_roles_role();

    String label_roles_partner();

    String hint_roles_partner();

    String label_roles_term();

    String hint_roles_term();

    String label_eventsHosted();

    String hint_eventsHosted();

    String label_nextYear_plannedEvents();

    String hint_nextYear_plannedEvents();

    String label_event_name();

    String hint_event_name();

    String label_event_date();

    String hint_event_date();

    String label_event_city();

    String hint_event_city();

    String label_event_level();

    String hint_event_level();

    String label_eventsHosted_name();

    String label_eventsHosted_date();

    String label_eventsHosted_city();

    String label_eventsHosted_level();

    String label_nextYear_plannedEvents_name();

    String label_nextYear_plannedEvents_date();

    String label_nextYear_plannedEvents_city();

    String label_nextYear_plannedEvents_level();

    String label_initiatives();

    String hint_initiatives();

    String label_initiatives_title();

    String hint_initiatives_title();

    String label_initiatives_status();

    String hint_initiatives_status();

    String label_initiatives_description();

    String hint_initiatives_description();

    String label_difficulties();

    String hint_difficulties();

    String label_difficulties_item();

    String label_recommendations();

    String hint_recommendations();

    String label_recommendations_item();

    String label_nextYear_priorities();

    String hint_nextYear_priorities();

    String label_nextYear_priorities_item();

    String roleRow(int number);

    String eventRow(int number);

    String initiativeRow(int number);

    String addRow();

    String addItem();

    String removeRow(int number);

    String removeItem(int number);

    String submit();

    String validate();

    String saveDraft();

    String submitHint();

    String savedAt(String time);

    String noticeSaved();

    String noticeRestored();

    String noticeValid();

    String noticeNotSent();

    String noticeFromLastYear();

    String noticeNoLastYear();

    String pillar_APSC();

    String pillar_AEC();

    String pillar_ASCC();

    String pillar_EXTERNAL();

    String pillar_CROSS();

    String pillar_none();

    String role_CHAIR();

    String role_CO_CHAIR();

    String role_VICE_CHAIR();

    String role_COORDINATOR();

    String role_COUNTRY_COORDINATOR();

    String role_HOST();

    String role_LEAD();

    String level_SUMMIT();

    String level_MINISTERIAL();

    String level_SENIOR_OFFICIALS();

    String level_WORKING();

    String level_OTHER();

    String status_PROPOSED();

    String status_ADOPTED();

    String status_IN_PROGRESS();

    String status_COMPLETED();

    String language_vi();

    String language_en();

    String language_other();

    String historyTitle();

    String historyHeading(int year, String area);

    String versionHeading(int version);

    String registeredAt();

    String submittedBy();

    String reviewState();

    String reviewMessage();

    String submissionTitle();

    String submissionFor(Integer year, String area);

    String pendingExplain();

    String refresh();

    String registeredVersion(Integer version);

    String rejectedExplain();

    String seeHistory();

    String submissionId();

    String error_title_NOT_FOUND();

    String error_advice_NOT_FOUND();

    String error_title_FORBIDDEN();

    String error_advice_FORBIDDEN();

    String error_title_WRONG_ROLE();

    String error_advice_WRONG_ROLE();

    String error_title_OFFICE_ONLY();

    String error_advice_OFFICE_ONLY();

    String error_title_REGISTRY_ERROR();

    String error_advice_REGISTRY_ERROR();

    String error_title_UNAVAILABLE();

    String error_advice_UNAVAILABLE();

    String error_title_csrf();

    String error_advice_csrf();
}
