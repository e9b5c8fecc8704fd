package asean.review.web;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;

/**
 * The pages sign people in through the browser (OIDC tenant {@code web}: Keycloak's login page, then a session
 * cookie; a bearer token is taken too); the API and the management endpoints take bearer tokens only (the default
 * tenant), so that a call without a token is a 401, never a redirect to a login page.
 */
@ApplicationScoped
public class PagesTenant implements TenantResolver {

    public static final String PAGES = "web";

    @Override
    public String resolve(RoutingContext context) {
        return isPage(context) ? PAGES : null;
    }

    public static boolean isPage(RoutingContext context) {
        String path = context.normalizedPath();
        return !path.startsWith("/api/") && !path.startsWith("/q/");
    }
}
