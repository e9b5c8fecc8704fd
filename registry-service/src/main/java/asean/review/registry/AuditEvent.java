package asean.review.registry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import asean.review.contract.api.AuditEntry;
import asean.review.contract.api.AuditEntry.Action;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** One change of state, written in the same transaction as the change itself. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    public Long id;

    public Instant at;
    public String actor;

    @Enumerated(EnumType.STRING)
    public Action action;

    public Integer year;
    public String ministry;
    public String area;
    public Integer version;

    @Column(name = "submission_id")
    public UUID submissionId;

    public String detail;

    public static void record(Instant at, String actor, Action action, ContributionVersion version, String detail) {
        AuditEvent event = of(at, actor, action, version.year, detail);
        event.ministry = version.ministry;
        event.area = version.area;
        event.version = version.version;
        event.submissionId = version.submissionId;
        event.persist();
    }

    public static AuditEvent of(Instant at, String actor, Action action, Integer year, String detail) {
        AuditEvent event = new AuditEvent();
        event.at = at;
        event.actor = actor;
        event.action = action;
        event.year = year;
        event.detail = detail;
        return event;
    }

    public static List<AuditEvent> ofYear(int year) {
        return list("year", Sort.by("at").and("id"), year);
    }

    public static List<AuditEvent> ofContribution(int year, String ministry, String area) {
        return list("year = ?1 and ministry = ?2 and area = ?3", Sort.by("at").and("id"), year, ministry, area);
    }

    public AuditEntry view() {
        return new AuditEntry(at, actor, action, year, ministry, area, version, submissionId, detail);
    }
}
