package asean.review.report.render;

import asean.review.contract.EventLevel;
import asean.review.contract.InitiativeStatus;
import asean.review.contract.Pillar;
import asean.review.contract.RoleKind;
import asean.review.contract.api.Completeness;
import asean.review.contract.api.ReviewState;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every title, label and sentence of the brief that is not submitted text: English here, other
 * languages in {@code messages/msg_<lang>.properties}. A method with one enum parameter is looked up
 * as {@code method_CONSTANT}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface BriefMessages {

    @Message("Review of ASEAN cooperation and {country}'s participation in {year}, and orientations for {nextYear}")
    String title(String country, String countryLocal, int year, int nextYear);

    @Message("{name}")
    String country(String name, String nameLocal);

    @Message("{name}")
    String ministryName(String name, String nameLocal);

    @Message("Generated")
    String generated();

    @Message("Data revision")
    String revision();

    @Message("Working draft, compiled from the current data")
    String workingDraft();

    @Message("Edition {number}, frozen by {frozenBy} on {frozenAt}")
    String edition(int number, String frozenBy, String frozenAt);

    @Message("ASEAN in {year}")
    String sectionAseanYear(int year);

    @Message("The reporting cycle for {year} is not set: the chair and theme below come from the reference data.")
    String cycleNotSet(int year);

    @Message("Chair")
    String chair();

    @Message("Theme")
    String theme();

    @Message("not recorded")
    String notRecorded();

    @Message("No figures or facts recorded.")
    String noFacts();

    @Message("Participation by pillar")
    String sectionParticipation();

    @Message("No contributions for this pillar.")
    String noContributions();

    @Message("Leadership roles")
    String sectionRoles();

    @Message("No leadership roles reported.")
    String noRoles();

    @Message("Mechanism")
    String mechanism();

    @Message("Role")
    String role();

    @Message("Partner")
    String partner();

    @Message("Ministry")
    String ministry();

    @Message("Term")
    String term();

    @Message("Events hosted")
    String sectionEvents();

    @Message("No events hosted.")
    String noEvents();

    @Message("Event")
    String event();

    @Message("Date")
    String date();

    @Message("City")
    String city();

    @Message("Level")
    String level();

    @Message("Initiatives")
    String sectionInitiatives();

    @Message("No initiatives reported.")
    String noInitiatives();

    @Message("Initiative")
    String initiative();

    @Message("Status")
    String status();

    @Message("Difficulties and recommendations")
    String sectionDifficulties();

    @Message("Difficulties")
    String difficulties();

    @Message("No difficulties reported.")
    String noDifficulties();

    @Message("Recommendations")
    String recommendations();

    @Message("No recommendations made.")
    String noRecommendations();

    @Message("Orientations for {year}")
    String sectionOrientations(int year);

    @Message("Priorities")
    String priorities();

    @Message("No priorities reported.")
    String noPriorities();

    @Message("Planned events")
    String plannedEvents();

    @Message("No events planned.")
    String noPlannedEvents();

    @Message("Annex: submission status")
    String sectionAnnex();

    @Message("Deadline: {deadline}.")
    String deadline(String deadline);

    @Message("No reporting cycle is set, so no ministry is expected and none can be late: the ministries that reported are listed.")
    String annexWithoutCycle();

    @Message("No ministry is expected and none has reported.")
    String noMinistries();

    @Message("Expected")
    String expected();

    @Message("Contributions used (area, version, registered)")
    String contributionsUsed();

    @Message("Not yet accepted by the office, so not in this brief")
    String notAccepted();

    @Message("Every contribution's latest version has been accepted.")
    String allAccepted();

    @Message("Area")
    String area();

    @Message("Version")
    String version();

    @Message("Submitted")
    String submitted();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("amended")
    String amended();

    /** A contribution the office entered for its ministry, from the ministry's signed letter. */
    @Message("entered by the office ({user})")
    String enteredByOffice(String user);

    /** Where a statement of the brief's preview comes from: the contribution and its version. */
    @Message("{ministry} {area}, version {version}")
    String sourceOf(String ministry, String area, int version);

    /** Said of a statement written in another language than the brief's: "MOFA, in Vietnamese". */
    @Message("in {language}")
    String writtenIn(String language);

    @Message("none")
    String none();

    @Message("Compared with {year}")
    String comparedWith(int year);

    @Message("No accepted contributions of {year} are recorded, so the two years cannot be compared. The office can import a past year's contributions in its pages (Import a past year).")
    String nothingToCompare(int year);

    @Message("Measure")
    String measure();

    @Message("Change")
    String change();

    @Message("Ministries reporting")
    String ministriesReporting();

    @Message("Contributions")
    String contributionsCount();

    @Message("Contributions: {pillar}")
    String contributionsIn(String pillar);

    @Message("Initiatives adopted")
    String initiativesAdopted();

    @Message("Leadership roles new in {year}")
    String newRoles(int year);

    @Message("Leadership roles held in {previous} and not in {year}")
    String endedRoles(int previous, int year);

    @Message("None.")
    String noRoleChanges();

    @Message("Ministries that reported in {previous} and not in {year}")
    String noLongerReporting(int previous, int year);

    @Message("Every ministry that reported in {previous} reported again, itself or the ministry it was merged into.")
    String everyoneStillReports(int previous);

    /** A ministry of the previous year that no longer exists, and the one that took over its work. */
    @Message("{then}, merged into {now}")
    String mergedInto(String then, String now);

    @Message("Contributions by pillar")
    String chartParticipation();

    @Message("Accepted contributions of {year}, by pillar.")
    String chartParticipationDescription(int year);

    @Message("No contributions yet.")
    String noContributionsAtAll();

    @Message("Events hosted by month")
    String chartEvents();

    @Message("Events hosted in {year}, by month.")
    String chartEventsDescription(int year);

    @Message("Expected ministries by report status")
    String chartCompleteness();

    @Message("The ministries expected to report for {year}, by the status of their reports.")
    String chartCompletenessDescription(int year);

    @Message
    String pillar(Pillar pillar);

    @Message
    String roleKind(RoleKind role);

    @Message
    String eventLevel(EventLevel level);

    @Message
    String initiativeStatus(InitiativeStatus status);

    @Message
    String submissionStatus(Completeness.Status status);

    @Message
    String reviewState(ReviewState state);
}
