package asean.review.report.service;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An officer the office adds: a ministry's code from the reference data (one of the current year), and whether
 * the officer is the ministry's deputy. Without a user name, the e-mail address is the user name. Names may not use
 * the characters Keycloak refuses in them.
 */
public record NewOfficer(
        @Pattern(regexp = "|[A-Za-z0-9._@+-]{3,255}", message = "use 3 to 255 letters a-z, digits and . _ @ + -,"
                + " or leave it empty to sign in with the e-mail address") String username,
        @NotBlank @Size(max = 255) @Pattern(regexp = PERSON_NAME, message = PERSON_NAME_MESSAGE) String firstName,
        @NotBlank @Size(max = 255) @Pattern(regexp = PERSON_NAME, message = PERSON_NAME_MESSAGE) String lastName,
        @NotBlank @Email @Size(max = 255) String email,
        @NotBlank String ministry,
        boolean deputy) {

    private static final String PERSON_NAME = "[^<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\p{Cntrl}]*";
    private static final String PERSON_NAME_MESSAGE = "must not contain any of < > & \" $ % ! # ? § ; * ~ / \\ | ^ ="
            + " [ ] { } ( )";

    /** The user name the officer signs in with, as Keycloak keeps it (in lower case). */
    public String signInName() {
        return (username == null || username.isEmpty() ? email : username).toLowerCase(Locale.ROOT);
    }
}
