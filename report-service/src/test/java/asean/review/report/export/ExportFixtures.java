package asean.review.report.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import asean.review.contract.Contribution;
import asean.review.contract.api.RegisteredContribution;
import asean.review.contract.api.Review;
import asean.review.contract.api.ReviewState;

/** Versions to export, and the exported files read back as the office's programs would read them. */
final class ExportFixtures {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 03:30 on New Year's Day in Hà Nội, still 2024 in UTC. */
    static final Instant SUBMITTED = Instant.parse("2024-12-31T20:30:00Z");

    private ExportFixtures() {
    }

    static Contribution contribution(String ministry, String area, String summary) {
        return new Contribution(2024, ministry, "ASCC", area, null, summary,
                List.of("Regional coordination supported", "Bộ Y tế chủ trì"),
                List.of(new Contribution.Role("ASEAN Health Ministers Meeting", "CHAIR", null, "2024-2025"),
                        new Contribution.Role("ASEAN Senior Officials on Health", "LEAD", "Lao PDR", null)),
                List.of(new Contribution.Event("ASEAN health officials meeting", "2024-09", "Đà Nẵng",
                        "SENIOR_OFFICIALS")),
                List.of(new Contribution.Initiative("Pandemic preparedness", "ADOPTED", "A regional stockpile")),
                List.of("Funding"), List.of(),
                new Contribution.NextYear(List.of("Implement the health agenda"),
                        List.of(new Contribution.Event("AHMM", "2025-05", "Hà Nội", "MINISTERIAL"))),
                "vi");
    }

    /** A version the office entered on the ministry's behalf, from its signed letter. */
    static RegisteredContribution enteredByTheOffice(Contribution c) {
        RegisteredContribution own = version(c, 1, ReviewState.PENDING_REVIEW);
        return new RegisteredContribution(own.submissionId(), 1, own.submittedAt(), own.registeredAt(),
                "coordinator@office", true, own.review(), c);
    }

    static RegisteredContribution version(Contribution c, int version, ReviewState state) {
        Review review = state == ReviewState.PENDING_REVIEW ? new Review(state, null, null, null)
                : new Review(state, state == ReviewState.RETURNED ? "Name the term" : null, "coordinator@office",
                        SUBMITTED.plusSeconds(3600));
        return new RegisteredContribution(UUID.randomUUID(), version, SUBMITTED, SUBMITTED.plusSeconds(60),
                "officer@" + c.ministry().toLowerCase(), false, review, c);
    }

    static XSSFWorkbook workbook(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 records, after the byte order mark; fails on anything RFC 4180 does not allow. */
    static List<List<String>> records(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("no byte order mark");
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty()) {
                int end = i + 1;
                while (true) {
                    int quote = text.indexOf('"', end);
                    if (quote < 0) {
                        throw new AssertionError("unterminated quoted field at " + i);
                    }
                    if (quote + 1 < text.length() && text.charAt(quote + 1) == '"') {
                        field.append(text, end, quote + 1);
                        end = quote + 2;
                    } else {
                        field.append(text, end, quote);
                        i = quote + 1;
                        break;
                    }
                }
                if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    throw new AssertionError("text after a closing quote at " + i);
                }
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    throw new AssertionError("a record ends with CR without LF at " + i);
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (c == '"' || c == '\n') {
                throw new AssertionError("unquoted " + (c == '"' ? "quote" : "line feed") + " at " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (!record.isEmpty() || !field.isEmpty()) {
            throw new AssertionError("the last record does not end with CRLF");
        }
        return records;
    }
}
