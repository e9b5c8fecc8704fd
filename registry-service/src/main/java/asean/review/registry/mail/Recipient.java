package asean.review.registry.mail;

/** A person a mail goes to: the Keycloak user name, the address, and the language of the mail (vi or en). */
public record Recipient(String username, String address, String language) {
}
