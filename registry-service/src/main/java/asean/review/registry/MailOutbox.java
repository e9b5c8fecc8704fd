package asean.review.registry;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import asean.review.registry.mail.MailKind;
import asean.review.registry.mail.MailState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/**
 * One e-mail, planned once (its unique key: kind, year, ministry, area, version, stage, recipient) and sent at most
 * once. {@code recipient} is a Keycloak user name, an address, or {@link #EVERY_OFFICER}.
 */
@Entity
@Table(name = "mail_outbox")
public class MailOutbox extends PanacheEntityBase {

    /** Every officer of the row's ministry: made into one row per officer when it is sent. */
    public static final String EVERY_OFFICER = "*";

    @Id
    public Long id;

    @Enumerated(EnumType.STRING)
    public MailKind kind;

    public int year;
    public String ministry;
    public String area;
    public Integer version;
    public String stage;
    public String recipient;
    /** The office's message of a returned contribution. */
    public String message;

    @Enumerated(EnumType.STRING)
    public MailState state;

    public String address;
    public String language;
    public String subject;
    public String body;

    @Column(name = "planned_at")
    public Instant plannedAt;
    @Column(name = "claimed_at")
    public Instant claimedAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    public String error;

    /** Plans a mail; planning it again (the same key) changes nothing. Answers whether it was new. */
    public static boolean plan(MailKind kind, int year, String ministry, String area, Integer version, String stage,
            String recipient, String message, Instant at) {
        return getEntityManager().createNativeQuery("""
                INSERT INTO mail_outbox (kind, year, ministry, area, version, stage, recipient, message, planned_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                ON CONFLICT ON CONSTRAINT mail_outbox_once DO NOTHING""")
                .setParameter(1, kind.name()).setParameter(2, year).setParameter(3, ministry).setParameter(4, area)
                .setParameter(5, version).setParameter(6, stage).setParameter(7, recipient).setParameter(8, message)
                .setParameter(9, at).executeUpdate() == 1;
    }

    /** The oldest pending mails that no other sender holds, locked until the transaction ends. */
    @SuppressWarnings("unchecked")
    public static List<MailOutbox> claimPending(int limit) {
        return getEntityManager().createNativeQuery("""
                SELECT * FROM mail_outbox WHERE state = 'PENDING' ORDER BY id LIMIT ?1 FOR UPDATE SKIP LOCKED""",
                MailOutbox.class).setParameter(1, limit).getResultList();
    }

    /** Mails whose sending began before {@code before} and was never recorded as done. */
    public static List<MailOutbox> sendingSince(Instant before) {
        return list("state = ?1 and claimedAt < ?2", Sort.by("id"), MailState.SENDING, before);
    }

    public static List<MailOutbox> ofYear(int year) {
        return list("year = ?1 and state <> ?2", Sort.by("id"), year, MailState.EXPANDED);
    }
}
