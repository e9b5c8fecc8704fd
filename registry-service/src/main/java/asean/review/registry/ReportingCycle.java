package asean.review.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import asean.review.contract.api.Cycle;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The coordinator's frame for one year. */
@Entity
@Table(name = "reporting_cycle")
public class ReportingCycle extends PanacheEntityBase {

    @Id
    public Integer year;

    public String chair;
    public String theme;
    public String overview;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> facts;

    public LocalDate deadline;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "expected_ministries")
    public List<String> expectedMinistries;

    /** Days before the deadline on which the ministries still missing are reminded. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "reminder_days")
    public List<Integer> reminderDays;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public Cycle view() {
        return new Cycle(year, chair, theme, overview, facts, deadline, expectedMinistries, reminderDays, updatedAt);
    }
}
