package asean.review.report.service;

import java.util.List;

/** What moving whole ministries' officers did: from which ministries, to which, and the officers as they are now. */
public record OfficerMove(List<String> fromMinistries, String toMinistry, List<Officer> moved) {
}
