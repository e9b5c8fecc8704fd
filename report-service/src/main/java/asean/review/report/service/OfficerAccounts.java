package asean.review.report.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.representations.idm.UserRepresentation;

/**
 * How an officer is kept in Keycloak: a user with the realm role submitter, its ministry in the attribute
 * {@code ministry} (the claim of its tokens) and its position in the attribute {@code position}, {@code officer} or
 * {@code deputy}. Both are declared in the realm's user profile, which lets only administrators change them.
 */
final class OfficerAccounts {

    static final String MINISTRY = "ministry";
    static final String POSITION = "position";
    static final String DEPUTY = "deputy";
    static final String OFFICER = "officer";

    private OfficerAccounts() {
    }

    static Officer officer(UserRepresentation user) {
        return new Officer(user.getUsername(), user.getFirstName(), user.getLastName(), user.getEmail(),
                user.firstAttribute(MINISTRY), DEPUTY.equals(user.firstAttribute(POSITION)),
                Boolean.TRUE.equals(user.isEnabled()));
    }

    /** The account of a new officer, without its role and password (Keycloak sets those on the created user). */
    static UserRepresentation account(NewOfficer officer) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(officer.signInName());
        user.setFirstName(officer.firstName().strip());
        user.setLastName(officer.lastName().strip());
        user.setEmail(officer.email().strip());
        user.setEmailVerified(true);
        user.setEnabled(true);
        setMinistry(user, officer.ministry());
        setDeputy(user, officer.deputy());
        return user;
    }

    static void setMinistry(UserRepresentation user, String ministry) {
        set(user, MINISTRY, ministry);
    }

    static void setDeputy(UserRepresentation user, boolean deputy) {
        set(user, POSITION, deputy ? DEPUTY : OFFICER);
    }

    /** Sets one attribute and keeps the others: Keycloak replaces them all with what an update carries. */
    private static void set(UserRepresentation user, String name, String value) {
        Map<String, List<String>> attributes = user.getAttributes() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(user.getAttributes());
        attributes.put(name, List.of(value));
        user.setAttributes(attributes);
    }
}
