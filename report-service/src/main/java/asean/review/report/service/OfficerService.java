package asean.review.report.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.logging.Logger;
import org.keycloak.representations.idm.UserRepresentation;

import asean.review.contract.auth.Roles;
import asean.review.report.client.KeycloakUsers;

/**
 * The coordination office's management of ministry officers, in Keycloak (the office does not use Keycloak's
 * console): list, add, disable and enable, re-assign to another ministry, mark the deputy, issue a new one-time
 * password, and move every officer of merged ministries at once. Only users with the realm role submitter are
 * officers; an account that also has the role coordinator is the office's, and no method here lists or changes it.
 * Changing an officer's ministry or access ends its sessions, so that its next token says what changed.
 */
@ApplicationScoped
public class OfficerService {

    private static final Logger LOG = Logger.getLogger(OfficerService.class);
    private static final Comparator<Officer> BY_MINISTRY_AND_NAME = Comparator
            .comparing(Officer::ministry, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Officer::lastName, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Officer::firstName, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Officer::username);

    private final KeycloakUsers users;
    private final OfficerMinistries ministries;

    public OfficerService(KeycloakUsers users, OfficerMinistries ministries) {
        this.users = users;
        this.ministries = ministries;
    }

    /** Every officer, by ministry (those without one first), then by name. */
    public List<Officer> officers() {
        return sorted(users.all().stream().filter(this::isOfficer));
    }

    /** The officers of {@code ministry}, a code the reference data has (past ministries included). */
    public List<Officer> officersOf(@NotBlank String ministry) {
        ministries.requireKnown(ministry);
        return sorted(officerAccountsOf(ministry).stream());
    }

    public Officer officer(@NotBlank String username) {
        return OfficerAccounts.officer(account(username));
    }

    /**
     * Adds an officer, enabled, with the role submitter and a one-time password, answered once.
     *
     * @throws UnknownMinistryException if the ministry does not exist this year
     * @throws OfficerConflictException if another account has the user name or the e-mail address
     */
    public AddedOfficer add(@NotNull @Valid NewOfficer officer) {
        ministries.requireCurrent(officer.ministry());
        String username = officer.signInName();
        if (users.byUsername(username).isPresent()) {
            throw new OfficerConflictException("username", "the user name '" + username
                    + "' belongs to another account; choose another");
        }
        if (users.byEmail(officer.email().strip()).isPresent()) {
            throw new OfficerConflictException("email", "the e-mail address " + officer.email().strip()
                    + " belongs to another account; each person has one account");
        }
        String id = create(OfficerAccounts.account(officer));
        String password = TemporaryPasswords.next();
        try {
            users.grantRealmRole(id, Roles.SUBMITTER);
            users.setPassword(id, password, true);
        } catch (RuntimeException e) {
            users.delete(id);
            throw e;
        }
        LOG.infof("officer %s added to %s%s", username, officer.ministry(), officer.deputy() ? " as deputy" : "");
        return new AddedOfficer(OfficerAccounts.officer(users.byId(id)), password);
    }

    /** Disables the officer's account and ends its sessions: it can no longer sign in. */
    public Officer disable(@NotBlank String username) {
        return setEnabled(username, false);
    }

    public Officer enable(@NotBlank String username) {
        return setEnabled(username, true);
    }

    /** Moves one officer to {@code ministry}, which must exist this year. */
    public Officer reassign(@NotBlank String username, @NotBlank String ministry) {
        ministries.requireCurrent(ministry);
        UserRepresentation account = account(username);
        moveTo(account, ministry);
        return OfficerAccounts.officer(account);
    }

    public Officer setDeputy(@NotBlank String username, boolean deputy) {
        UserRepresentation account = account(username);
        OfficerAccounts.setDeputy(account, deputy);
        users.update(account);
        LOG.infof("officer %s is %s", account.getUsername(), deputy ? "a deputy" : "no longer a deputy");
        return OfficerAccounts.officer(account);
    }

    /**
     * A new one-time password for an officer who lost theirs (the realm lets nobody reset their own); the old one
     * stops working and the officer's sessions end.
     */
    public String newTemporaryPassword(@NotBlank String username) {
        UserRepresentation account = account(username);
        String password = TemporaryPasswords.next();
        users.setPassword(account.getId(), password, true);
        users.signOut(account.getId());
        LOG.infof("officer %s got a new one-time password", account.getUsername());
        return password;
    }

    /**
     * Moves every officer of {@code fromMinistry} (any the reference data has had) to {@code toMinistry} (one of this
     * year). Each officer is changed on its own: should Keycloak fail midway, calling again moves the rest.
     */
    public OfficerMove moveOfficers(@NotBlank String fromMinistry, @NotBlank String toMinistry) {
        ministries.requireKnown(fromMinistry);
        ministries.requireCurrent(toMinistry);
        if (fromMinistry.equals(toMinistry)) {
            throw new BadRequestException("the officers of " + fromMinistry + " are in " + toMinistry + " already");
        }
        return move(List.of(fromMinistry), toMinistry);
    }

    /**
     * Moves the officers of every ministry that the reference data says merged into {@code ministry} by the end of
     * {@code year} (e.g. MARD and MONRE into MAE in 2025). No such ministry: nothing moves.
     */
    public OfficerMove moveOfficersOfMinistriesMergedInto(@NotBlank String ministry, int year) {
        ministries.requireCurrent(ministry);
        return move(ministries.mergedInto(ministry, year), ministry);
    }

    private OfficerMove move(List<String> fromMinistries, String toMinistry) {
        List<Officer> moved = new ArrayList<>();
        for (String from : fromMinistries) {
            for (UserRepresentation account : officerAccountsOf(from)) {
                moveTo(account, toMinistry);
                moved.add(OfficerAccounts.officer(account));
            }
        }
        return new OfficerMove(fromMinistries, toMinistry, moved.stream().sorted(BY_MINISTRY_AND_NAME).toList());
    }

    private void moveTo(UserRepresentation account, String ministry) {
        String from = account.firstAttribute(OfficerAccounts.MINISTRY);
        OfficerAccounts.setMinistry(account, ministry);
        users.update(account);
        users.signOut(account.getId());
        LOG.infof("officer %s moved from %s to %s", account.getUsername(), from, ministry);
    }

    private Officer setEnabled(String username, boolean enabled) {
        UserRepresentation account = account(username);
        account.setEnabled(enabled);
        users.update(account);
        if (!enabled) {
            users.signOut(account.getId());
        }
        LOG.infof("officer %s %s", account.getUsername(), enabled ? "enabled" : "disabled");
        return OfficerAccounts.officer(account);
    }

    private String create(UserRepresentation account) {
        try {
            return users.create(account);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == Status.CONFLICT.getStatusCode()) {
                throw new OfficerConflictException("username", "the user name '" + account.getUsername()
                        + "' or the e-mail address " + account.getEmail() + " was taken by another account a moment"
                        + " ago; choose another");
            }
            throw e;
        }
    }

    /** The officer's account; the office's accounts and unknown names are alike not found. */
    private UserRepresentation account(String username) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        return users.byUsername(name).filter(this::isOfficer).orElseThrow(() -> new OfficerNotFoundException(name));
    }

    private List<UserRepresentation> officerAccountsOf(String ministry) {
        return users.withAttribute(OfficerAccounts.MINISTRY, ministry).stream()
                .filter(user -> ministry.equals(user.firstAttribute(OfficerAccounts.MINISTRY)))
                .filter(this::isOfficer).toList();
    }

    private boolean isOfficer(UserRepresentation user) {
        Set<String> roles = users.realmRoles(user.getId());
        return roles.contains(Roles.SUBMITTER) && !roles.contains(Roles.COORDINATOR);
    }

    private static List<Officer> sorted(Stream<UserRepresentation> accounts) {
        return accounts.map(OfficerAccounts::officer).sorted(BY_MINISTRY_AND_NAME).toList();
    }
}
