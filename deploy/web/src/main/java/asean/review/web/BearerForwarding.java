package asean.review.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** Puts the signed-in user's token on every call to the registry. */
@ApplicationScoped
public class BearerForwarding implements ClientHeadersFactory {

    private final UserToken token;

    public BearerForwarding(UserToken token) {
        this.token = token;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String bearer = token.bearer();
        if (bearer != null) {
            headers.putSingle("Authorization", "Bearer " + bearer);
        }
        return headers;
    }
}
