package asean.review.registry;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import asean.review.contract.Contribution;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.Review;
import asean.review.contract.api.ReviewState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** One registered version of a contribution, the submitted content kept whole. */
@Entity
@Table(name = "contribution_version")
public class ContributionVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contribution_version_seq")
    @SequenceGenerator(name = "contribution_version_seq", sequenceName = "contribution_version_seq", allocationSize = 50)
    public Long id;

    @Column(name = "submission_id")
    public UUID submissionId;

    public int year;
    public String ministry;
    public String area;
    public String pillar;
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    public Contribution content;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    /** The office entered this version for the ministry; {@link #submittedBy} is the office's user. */
    @Column(name = "entered_on_behalf")
    public boolean enteredOnBehalf;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_state")
    public ReviewState reviewState = ReviewState.PENDING_REVIEW;

    @Column(name = "review_message")
    public String reviewMessage;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /**
     * Serialises the changes to one contribution (a new version, a review) until the transaction ends, so
     * that a review cannot decide on a version another transaction is superseding or deciding on.
     */
    public static void lock(int year, String ministry, String area) {
        getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(:key))) locked", Integer.class)
                .setParameter("key", year + ":" + ministry + ":" + area)
                .getSingleResult();
    }

    /**
     * Locks every contribution named by {@code keys} ({@code year:ministry:area}, as {@link Contribution#key()}) as
     * {@link #lock} does, in one statement, in the order of the locks' numbers: two transactions that lock several
     * contributions wait for each other instead of deadlocking.
     */
    public static void lockAll(Collection<String> keys) {
        getEntityManager().createNativeQuery("""
                select count(*) from (select pg_advisory_xact_lock(hashtext(k))
                from unnest(cast(:keys as text[])) k order by hashtext(k)) locked""", Long.class)
                .setParameter("keys", keys.toArray(String[]::new))
                .getSingleResult();
    }

    /** The latest version number of each of these contributions that has one, by its key ({@link Contribution#key()}). */
    public static Map<String, Integer> latestVersions(Collection<Contribution> contributions) {
        List<Contribution> distinct = List.copyOf(contributions);
        List<?> rows = getEntityManager().createNativeQuery("""
                select k.year, k.ministry, k.area, (select max(v.version) from contribution_version v
                  where v.year = k.year and v.ministry = k.ministry and v.area = k.area) as latest
                from unnest(cast(:years as int[]), cast(:ministries as text[]), cast(:areas as text[]))
                  as k(year, ministry, area)""", Object[].class)
                .setParameter("years", distinct.stream().map(Contribution::year).toArray(Integer[]::new))
                .setParameter("ministries", distinct.stream().map(Contribution::ministry).toArray(String[]::new))
                .setParameter("areas", distinct.stream().map(Contribution::area).toArray(String[]::new))
                .getResultList();
        Map<String, Integer> latest = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            if (columns[3] != null) {
                latest.put(columns[0] + ":" + columns[1] + ":" + columns[2], ((Number) columns[3]).intValue());
            }
        }
        return latest;
    }

    public static int nextVersion(int year, String ministry, String area) {
        Integer max = getEntityManager()
                .createQuery("select max(v.version) from ContributionVersion v"
                        + " where v.year = :year and v.ministry = :ministry and v.area = :area", Integer.class)
                .setParameter("year", year).setParameter("ministry", ministry).setParameter("area", area)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** The current (latest) version of each contribution matching the filters; null filters match all. */
    public static List<ContributionVersion> current(Integer year, String ministry, String pillar, String area) {
        return latest(false, year, ministry, pillar, area);
    }

    /** The latest accepted version of each contribution matching the filters: what the brief uses. */
    public static List<ContributionVersion> accepted(Integer year, String ministry, String pillar, String area) {
        return latest(true, year, ministry, pillar, area);
    }

    private static List<ContributionVersion> latest(boolean accepted, Integer year, String ministry, String pillar,
            String area) {
        StringBuilder query = new StringBuilder("""
                from ContributionVersion v where v.version = (select max(w.version) from ContributionVersion w
                where w.year = v.year and w.ministry = v.ministry and w.area = v.area""");
        query.append(accepted ? " and w.reviewState = :accepted)" : ")");
        Map<String, Object> parameters = new HashMap<>();
        if (accepted) {
            parameters.put("accepted", ReviewState.ACCEPTED);
        }
        filter(query, parameters, "year", year);
        filter(query, parameters, "ministry", ministry);
        filter(query, parameters, "pillar", pillar);
        filter(query, parameters, "area", area);
        query.append(" order by v.year, v.ministry, v.area");
        return list(query.toString(), parameters);
    }

    private static void filter(StringBuilder query, Map<String, Object> parameters, String field, Object value) {
        if (value != null) {
            query.append(" and v.").append(field).append(" = :").append(field);
            parameters.put(field, value);
        }
    }

    /** When the ministry's first contribution of the year reached ingest, amendments aside. */
    public static Instant firstSubmission(int year, String ministry) {
        return getEntityManager()
                .createQuery("select min(v.submittedAt) from ContributionVersion v"
                        + " where v.year = :year and v.ministry = :ministry", Instant.class)
                .setParameter("year", year).setParameter("ministry", ministry)
                .getSingleResult();
    }

    public static List<ContributionVersion> history(int year, String ministry, String area) {
        return list("year = ?1 and ministry = ?2 and area = ?3", Sort.by("version"), year, ministry, area);
    }

    /** Every version of every contribution of the year, by ministry, area and version. */
    public static List<ContributionVersion> ofYear(int year) {
        return list("year", Sort.by("ministry").and("area").and("version"), year);
    }

    public static Optional<ContributionVersion> findVersion(int year, String ministry, String area, int version) {
        return find("year = ?1 and ministry = ?2 and area = ?3 and version = ?4", year, ministry, area, version)
                .firstResultOptional();
    }

    public Review review() {
        return new Review(reviewState, reviewMessage, reviewedBy, reviewedAt);
    }

    public RegisteredContribution view() {
        return new RegisteredContribution(submissionId, version, submittedAt, registeredAt, submittedBy,
                enteredOnBehalf, review(), content);
    }
}
