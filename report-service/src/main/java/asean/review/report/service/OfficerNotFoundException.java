package asean.review.report.service;

import jakarta.ws.rs.NotFoundException;

/** No ministry officer has this user name (the office's own accounts are not managed here either) (404). */
public class OfficerNotFoundException extends NotFoundException {

    public OfficerNotFoundException(String username) {
        super("no ministry officer has the user name '" + username + "'");
    }
}
