package asean.review.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;

import asean.review.infra.keycloak.RealmUsers;
import asean.review.infra.quarkus.KeycloakTestResource;
import asean.review.infra.quarkus.PostgresTestResource;
import asean.review.infra.quarkus.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The office's management of ministry officers against the tests' real Keycloak, through report-service's own
 * client and its service account (view, query and manage users only). Each change is checked where it matters: in
 * what the officer's next sign-in gets (password grant of {@code asean-cli}) and in what Keycloak holds. Names carry
 * a suffix of this run, so that the class can share a Keycloak with others.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@QuarkusTestResource(KeycloakTestResource.class)
class OfficerServiceTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    OfficerService service;

    private static NewOfficer newOfficer(String name, String ministry, boolean deputy) {
        return new NewOfficer(null, "Lan", "Nguyễn Thị", name + "-" + RUN + "@" + ministry.toLowerCase(Locale.ROOT)
                + ".example.gov.vn", ministry, deputy);
    }

    @Test
    void anAddedOfficerMustChooseItsPasswordFirstThenSignsInAsSubmitterOfItsMinistry() {
        AddedOfficer added = service.add(newOfficer("added", "MOIT", false));

        String username = "added-" + RUN + "@moit.example.gov.vn";
        assertThat(added.officer()).isEqualTo(new Officer(username, "Lan", "Nguyễn Thị", username, "MOIT", false,
                true));
        assertThat(added.temporaryPassword()).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(Realm.user(username).path("requiredActions").toString()).contains("UPDATE_PASSWORD");
        assertThatThrownBy(() -> Realm.signIn(username, added.temporaryPassword()))
                .hasMessageContaining("Account is not fully set up");

        Realm.choosePassword(username, "chosen-by-the-officer");
        Realm.Claims claims = Realm.signIn(username, "chosen-by-the-officer");
        assertThat(claims.ministry()).isEqualTo("MOIT");
        assertThat(claims.roles()).contains("submitter").doesNotContain("coordinator");
        assertThat(service.officersOf("MOIT")).contains(added.officer());
        assertThat(service.officers()).contains(added.officer());
    }

    @Test
    void theDeputyIsMarkedInItsPositionAttributeAndCanBeUnmarked() {
        Officer deputy = service.add(newOfficer("deputy", "MOIT", true)).officer();

        assertThat(deputy.deputy()).isTrue();
        assertThat(Realm.user(deputy.username()).at("/attributes/position/0").asText()).isEqualTo("deputy");
        assertThat(service.setDeputy(deputy.username(), false).deputy()).isFalse();
        assertThat(service.officer(deputy.username()).deputy()).isFalse();
        assertThat(Realm.user(deputy.username()).at("/attributes/position/0").asText()).isEqualTo("officer");
        assertThat(service.officer(deputy.username()).ministry()).as("the ministry is kept").isEqualTo("MOIT");
    }

    @Test
    void aDisabledOfficerCannotSignInUntilEnabledAgain() {
        Officer officer = service.add(newOfficer("disabled", "MOJ", false)).officer();
        Realm.choosePassword(officer.username(), TestTokens.PASSWORD);

        assertThat(service.disable(officer.username()).enabled()).isFalse();
        assertThatThrownBy(() -> Realm.signIn(officer.username(), TestTokens.PASSWORD))
                .hasMessageContaining("Account disabled");
        assertThat(service.officersOf("MOJ")).as("still listed, as disabled")
                .contains(new Officer(officer.username(), "Lan", "Nguyễn Thị", officer.email(), "MOJ", false, false));

        assertThat(service.enable(officer.username()).enabled()).isTrue();
        assertThat(Realm.signIn(officer.username(), TestTokens.PASSWORD).ministry()).isEqualTo("MOJ");
    }

    @Test
    void aReassignedOfficersNextTokenNamesItsNewMinistry() {
        Officer officer = service.add(newOfficer("moved", "MOIT", false)).officer();
        Realm.choosePassword(officer.username(), TestTokens.PASSWORD);
        assertThat(Realm.signIn(officer.username(), TestTokens.PASSWORD).ministry()).isEqualTo("MOIT");

        assertThat(service.reassign(officer.username(), "MOC").ministry()).isEqualTo("MOC");

        assertThat(Realm.signIn(officer.username(), TestTokens.PASSWORD).ministry()).isEqualTo("MOC");
        assertThat(service.officersOf("MOC")).extracting(Officer::username).contains(officer.username());
        assertThat(service.officersOf("MOIT")).extracting(Officer::username).doesNotContain(officer.username());
    }

    @Test
    void everyOfficerOfAMinistryMovesToAnotherInOneStep() {
        Officer first = service.add(newOfficer("first", "GI", false)).officer();
        Officer deputy = service.add(newOfficer("second", "GI", true)).officer();
        Realm.choosePassword(deputy.username(), TestTokens.PASSWORD);

        OfficerMove move = service.moveOfficers("GI", "GO");

        assertThat(move.fromMinistries()).containsExactly("GI");
        assertThat(move.moved()).extracting(Officer::username)
                .contains(first.username(), deputy.username(), TestTokens.officer("GI"));
        assertThat(move.moved()).allSatisfy(officer -> assertThat(officer.ministry()).isEqualTo("GO"));
        assertThat(service.officersOf("GI")).isEmpty();
        assertThat(service.officer(deputy.username()).deputy()).as("a deputy stays a deputy").isTrue();
        assertThat(Realm.signIn(deputy.username(), TestTokens.PASSWORD).ministry()).isEqualTo("GO");
    }

    @Test
    void theOfficersOfMinistriesMergedIntoAnotherMoveToItAsTheReferenceDataSays() {
        String beforeTheMerger = "before-merger-" + RUN;
        RealmUsers.ensure(KeycloakTestResource.keycloak().admin(), beforeTheMerger, "submitter", "MARD",
                TestTokens.PASSWORD);

        OfficerMove notYet = service.moveOfficersOfMinistriesMergedInto("MAE", 2024);
        assertThat(notYet.fromMinistries()).as("MARD and MONRE merged into MAE in 2025").isEmpty();
        assertThat(notYet.moved()).isEmpty();

        OfficerMove merger = service.moveOfficersOfMinistriesMergedInto("MAE", 2025);

        assertThat(merger.fromMinistries()).containsExactlyInAnyOrder("MARD", "MONRE");
        assertThat(merger.moved()).extracting(Officer::username)
                .contains(beforeTheMerger, TestTokens.officer("MARD"), TestTokens.officer("MONRE"));
        assertThat(service.officersOf("MARD")).isEmpty();
        assertThat(service.officersOf("MONRE")).isEmpty();
        assertThat(Realm.signIn(beforeTheMerger, TestTokens.PASSWORD).ministry()).isEqualTo("MAE");
    }

    @Test
    void aTakenUserNameOrEMailAddressIsAConflictThatSaysWhich() {
        NewOfficer officer = newOfficer("taken", "MOH", false);
        service.add(officer);

        assertThatThrownBy(() -> service.add(officer)).isInstanceOfSatisfying(OfficerConflictException.class, e -> {
            assertThat(e.field()).isEqualTo("username");
            assertThat(e.getResponse().getStatus()).isEqualTo(409);
            assertThat(e.getMessage()).isEqualTo("the user name '" + officer.signInName()
                    + "' belongs to another account; choose another");
        });
        NewOfficer sameEmail = new NewOfficer("another-" + RUN, "Minh", "Trần",
                officer.email().toUpperCase(Locale.ROOT), "MOH", false);
        assertThatThrownBy(() -> service.add(sameEmail)).isInstanceOfSatisfying(OfficerConflictException.class,
                e -> assertThat(e.field()).isEqualTo("email"));
        NewOfficer anExampleOfficersName = new NewOfficer(TestTokens.officer("MOH"), "Minh", "Trần",
                "minh-" + RUN + "@moh.example.gov.vn", "MOH", false);
        assertThatThrownBy(() -> service.add(anExampleOfficersName)).isInstanceOf(OfficerConflictException.class)
                .hasMessageContaining("'officer@moh' belongs to another account");
        assertThat(Realm.find("another-" + RUN)).as("nothing half-made").isEmpty();
    }

    @Test
    void aMinistryMustExistThisYearAndTheFormsRulesHold() {
        int year = Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue();
        assertThatThrownBy(() -> service.add(newOfficer("nowhere", "XYZ", false)))
                .isInstanceOf(UnknownMinistryException.class)
                .hasMessageStartingWith("the reference data has no ministry 'XYZ'; the ministries of " + year
                        + " are MND, MPS, MOFA");
        assertThatThrownBy(() -> service.add(newOfficer("late", "MPI", false)))
                .isInstanceOf(UnknownMinistryException.class)
                .hasMessageStartingWith("ministry 'MPI' does not exist in " + year + " (it merged into MOF)");
        Officer officer = service.add(newOfficer("stays", "MOH", false)).officer();
        assertThatThrownBy(() -> service.reassign(officer.username(), "MIC"))
                .isInstanceOf(UnknownMinistryException.class);
        assertThatThrownBy(() -> service.moveOfficers("MOH", "MOH")).hasMessageContaining("in MOH already");
        assertThat(service.officer(officer.username()).ministry()).isEqualTo("MOH");

        assertThatThrownBy(() -> service.add(new NewOfficer("x", " ", "Trần", "not an address", "MOH", false)))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString().replaceFirst("^.*\\.", ""))
                        .containsExactlyInAnyOrder("username", "firstName", "email"));
        assertThatThrownBy(() -> service.add(new NewOfficer(null, "Lan (MOH)", "Trần", "lan-" + RUN + "@moh.vn",
                "MOH", false))).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void aNewOneTimePasswordReplacesTheOldPassword() {
        Officer officer = service.add(newOfficer("forgot", "MOET", false)).officer();
        Realm.choosePassword(officer.username(), TestTokens.PASSWORD);

        String password = service.newTemporaryPassword(officer.username());

        assertThatThrownBy(() -> Realm.signIn(officer.username(), TestTokens.PASSWORD))
                .hasMessageContaining("Invalid user credentials");
        assertThatThrownBy(() -> Realm.signIn(officer.username(), password))
                .hasMessageContaining("Account is not fully set up");
    }

    @Test
    void theOfficesAccountsAreNeverListedNorChanged() {
        String clerk = "clerk-" + RUN + "@office";
        String both = "both-" + RUN;
        RealmUsers.ensure(KeycloakTestResource.keycloak().admin(), clerk, "coordinator", "MOST", TestTokens.PASSWORD);
        RealmUsers.ensure(KeycloakTestResource.keycloak().admin(), both, "submitter", "MOST", TestTokens.PASSWORD);
        RealmUsers.ensure(KeycloakTestResource.keycloak().admin(), both, "coordinator", null, TestTokens.PASSWORD);
        TestTokens.coordinator();
        Officer officer = service.add(newOfficer("beside-the-office", "MOST", false)).officer();

        List<String> office = List.of(clerk, both, "coordinator@office");
        assertThat(service.officers()).extracting(Officer::username).contains(officer.username())
                .doesNotContainAnyElementsOf(office);
        assertThat(service.officersOf("MOST")).extracting(Officer::username).contains(officer.username())
                .doesNotContainAnyElementsOf(office);
        assertThat(service.moveOfficers("MOST", "MOCST").moved()).extracting(Officer::username)
                .contains(officer.username()).doesNotContainAnyElementsOf(office);
        for (String account : office) {
            assertThatThrownBy(() -> service.disable(account)).isInstanceOf(OfficerNotFoundException.class)
                    .hasMessage("no ministry officer has the user name '" + account + "'");
            assertThatThrownBy(() -> service.reassign(account, "MOH")).isInstanceOf(OfficerNotFoundException.class);
            assertThatThrownBy(() -> service.setDeputy(account, true)).isInstanceOf(OfficerNotFoundException.class);
            assertThatThrownBy(() -> service.newTemporaryPassword(account))
                    .isInstanceOf(OfficerNotFoundException.class);
            assertThat(Realm.user(account).path("enabled").asBoolean()).isTrue();
            assertThat(Realm.user(account).path("attributes").has("position")).isFalse();
        }
        assertThat(Realm.user(clerk).at("/attributes/ministry/0").asText()).isEqualTo("MOST");
        assertThat(Realm.user(both).at("/attributes/ministry/0").asText()).isEqualTo("MOST");
        assertThat(Realm.signIn(clerk, TestTokens.PASSWORD).roles()).contains("coordinator");
    }

    @Test
    void clientsServiceAccountsAreNotOfficers() {
        assertThat(service.officersOf("MOFA")).extracting(Officer::username).contains(TestTokens.officer("MOFA"))
                .doesNotContain("service-account-system-mofa");
    }
}
