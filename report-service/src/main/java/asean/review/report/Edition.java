package asean.review.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** A brief frozen as edition {@code number} of its year; the brief's JSON is stored whole. */
@Entity
public class Edition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public int year;
    public int number;
    public String revision;

    @Column(name = "frozen_by")
    public String frozenBy;

    @Column(name = "frozen_at")
    public Instant frozenAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public String brief;

    public static List<Edition> of(int year) {
        return list("year", Sort.by("number"), year);
    }

    public static Optional<Edition> find(int year, int number) {
        return find("year = ?1 and number = ?2", year, number).firstResultOptional();
    }

    /**
     * Serialises the freezing of one year's editions until the transaction ends, so that concurrent freezes
     * each take the next number instead of computing the same one.
     */
    public static void lock(int year) {
        getEntityManager()
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(:key))) locked", Integer.class)
                .setParameter("key", "edition:" + year)
                .getSingleResult();
    }

    public static int nextNumber(int year) {
        Integer max = getEntityManager()
                .createQuery("select max(e.number) from Edition e where e.year = :year", Integer.class)
                .setParameter("year", year).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
