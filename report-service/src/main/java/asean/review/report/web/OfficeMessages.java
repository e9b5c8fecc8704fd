package asean.review.report.web;

import asean.review.contract.Pillar;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every visible string of the office's pages. The texts are in {@code messages/office_en.properties} and
 * {@code messages/office_vi.properties} (one key per method, the same keys in both); templates read them as
 * {@code office:key}, or {@code office:message(key)} where the key is data (a state, a field's label). A method with
 * one enum parameter is looked up as {@code method_CONSTANT}.
 */
@MessageBundle(value = "office", locale = "en")
public interface OfficeMessages {

    String appName();

    String officeName();

    String skipToContent();

    String signOut();

    String signIn();

    String signedOut_title();

    String signedOut_body();

    String languageNav();

    String menu();

    String footer();

    String backHome();

    String errorPrefix();

    String errorSummary();

    String nav_dashboard(int year);

    String nav_reviews();

    String nav_brief();

    String nav_cycle();

    String nav_years();

    String nav_deadLetters();

    String nav_import();

    String year();

    String deadline();

    String deadlineOn(java.time.LocalDate date);

    String expectedCount();

    String expectedMinistries(int count);

    String actions();

    String openDashboard(int year);

    String editCycle(int year);

    String years_title();

    String years_caption();

    String years_none();

    String years_open_label();

    String years_open_hint();

    String years_open_button();

    String cycle_openTitle(int year);

    String cycle_editTitle(int year);

    String cycle_chair();

    String cycle_chairHint();

    String cycle_theme();

    String cycle_overview();

    String cycle_overviewHint();

    String cycle_facts();

    String cycle_factsHint();

    String cycle_deadline();

    String cycle_reminderDays();

    String cycle_reminderDaysHint();

    String cycle_error_reminderDays();

    String cycle_expected();

    String cycle_expectedHint(int year);

    String cycle_save();

    String cycle_error_deadline();

    String cycle_error_deadlineMissing();

    String cycle_error_noMinistry();

    String dashboard_title(int year);

    String dashboard_saved();

    String dashboard_noCycle(int year);

    String dashboard_counts();

    String dashboard_ministries();

    String dashboard_pillars();

    String daysLeft(long days);

    String daysOverdue(long days);

    String updatedAt(String time);

    String ministry();

    String state();

    String firstSubmitted();

    String accepted();

    String waiting();

    String returned();

    String contributions();

    String pillar();

    String notExpected();

    String status_ON_TIME();

    String status_LATE();

    String status_PENDING_REVIEW();

    String status_RETURNED();

    String status_MISSING();

    @Message
    String pillar_name(Pillar pillar);

    String queue_title(int year);

    String queue_waiting(int count);

    String queue_none();

    String queue_returned(int count);

    String queue_noneReturned();

    String amendment(int version);

    String firstVersion();

    String submittedByAt(String who, String when);

    String registeredAt(String when);

    String returnedWith(String who, String when);

    String versionOf(int number, int latest);

    String versionShort(int number);

    String versions();

    String superseded(int latest);

    String openLatest();

    String state_PENDING_REVIEW();

    String state_ACCEPTED();

    String state_RETURNED();

    String review_legend(int version);

    String review_accept();

    String review_return();

    String review_message();

    String review_messageHint();

    String review_submit();

    String review_error_noDecision();

    String review_error_noMessage();

    String reviewed_ACCEPT();

    String reviewed_RETURN();

    String diff_first();

    String diff_heading(int previous, int current);

    String diff_changedSections(int count);

    String diff_none();

    String diff_changed();

    String diff_was();

    String diff_now();

    String diff_wasRow(int row);

    String diff_UNCHANGED();

    String diff_ADDED();

    String diff_REMOVED();

    String diff_CHANGED();

    String diff_MOVED();

    String field_pillar();

    String field_areaName();

    String field_summary();

    String field_outcomes();

    String field_roles();

    String field_eventsHosted();

    String field_initiatives();

    String field_difficulties();

    String field_recommendations();

    String field_nextYear_priorities();

    String field_nextYear_plannedEvents();

    String field_language();

    String column_text();

    String column_mechanism();

    String column_role();

    String column_partner();

    String column_term();

    String column_name();

    String column_date();

    String column_city();

    String column_level();

    String column_title();

    String column_status();

    String column_description();

    String activity();

    String activity_SUBMITTED();

    String activity_AMENDED();

    String activity_REGISTERED();

    String activity_REJECTED();

    String activity_ACCEPTED();

    String activity_RETURNED();

    String activity_REPLAYED();

    String brief_title(int year);

    String brief_editionTitle(int year, int edition);

    String brief_language();

    String brief_download();

    String brief_freeze();

    String brief_freezeHint();

    String brief_editionNotice(int edition);

    String brief_backToCurrent();

    String brief_editions();

    String brief_noEditions();

    String brief_editionLine(int number, String who, String when);

    String brief_preview();

    String deadLetters_title();

    String deadLetters_intro();

    String deadLetters_none();

    String deadLetters_replayed(String id);

    String deadLetters_place(int partition, long offset);

    String deadLetters_when();

    String deadLetters_reason();

    String deadLetters_cause();

    String deadLetters_payload();

    String deadLetters_replay();

    String deadLetters_replayedBy(String who, String when);

    String error_title_NOT_FOUND();

    String error_advice_NOT_FOUND();

    String error_title_REGISTRY_ERROR();

    String error_advice_REGISTRY_ERROR();

    String error_title_UNAVAILABLE();

    String error_advice_UNAVAILABLE();

    String error_title_WRONG_ROLE();

    String error_advice_WRONG_ROLE();

    String error_title_csrf();

    String error_advice_csrf();

    String nav_people();

    String choose();

    String people_title();

    String people_filter();

    String people_allMinistries();

    String people_show();

    String people_officers(int count);

    String people_none();

    String people_officer();

    String people_deputy();

    String people_enabled();

    String people_disabled();

    String people_disable();

    String people_enable();

    String people_resetPassword();

    String people_reassignTo();

    String people_reassign();

    String people_add();

    String people_addButton();

    String people_field_firstName();

    String people_field_lastName();

    String people_field_email();

    String people_field_username();

    String people_field_ministry();

    String people_field_deputy();

    String people_usernameHint();

    String people_added(String username);

    String people_newPassword(String username);

    String people_tellPassword();

    String people_done_disabled();

    String people_done_enabled();

    String people_done_reassigned();

    String people_done_moved(int count);

    String people_move();

    String people_moveHint();

    String people_moveFrom();

    String people_moveTo();

    String people_moveButton();

    String people_error_move();

    String export_heading();

    String export_accepted();

    String export_all();

    String export_audit();

    String code_role_CHAIR();

    String code_role_CO_CHAIR();

    String code_role_VICE_CHAIR();

    String code_role_COORDINATOR();

    String code_role_COUNTRY_COORDINATOR();

    String code_role_HOST();

    String code_role_LEAD();

    String code_level_SUMMIT();

    String code_level_MINISTERIAL();

    String code_level_SENIOR_OFFICIALS();

    String code_level_WORKING();

    String code_level_OTHER();

    String code_status_PROPOSED();

    String code_status_ADOPTED();

    String code_status_IN_PROGRESS();

    String code_status_COMPLETED();

    String letter();

    String enterOnBehalf();

    String enteredOnBehalf(String who, String ministry);

    String import_title();

    String import_intro();

    String import_year();

    String import_yearHint();

    String import_yearInvalid();

    String import_file();

    String import_fileHint();

    String import_fileMissing();

    String import_fileTooLarge();

    String import_notAnArray();

    String import_notJson();

    String import_refused();

    String import_submit();

    String import_done(int imported, int unchanged, int year);

    String import_seeBrief(int year, int previous);
}
