package asean.review.report.export;

import java.util.Locale;

/** The sheet names and column headers of the exports, in English and Vietnamese. */
enum ExportLabel {
    CONTRIBUTIONS("Contributions", "Báo cáo"),
    ROLES("Roles", "Vai trò"),
    EVENTS_HOSTED("Events hosted", "Sự kiện đã đăng cai"),
    INITIATIVES("Initiatives", "Sáng kiến"),
    PLANNED_EVENTS("Planned events", "Sự kiện dự kiến"),
    AUDIT("Audit trail", "Nhật ký"),
    YEAR("Year", "Năm"),
    MINISTRY("Ministry", "Bộ, ngành"),
    PILLAR("Pillar", "Trụ cột"),
    AREA("Area", "Lĩnh vực"),
    AREA_NAME("Area name", "Tên lĩnh vực"),
    VERSION("Version", "Phiên bản"),
    SUBMITTED_AT("Submitted at", "Nộp lúc"),
    REGISTERED_AT("Registered at", "Ghi nhận lúc"),
    SUBMITTED_BY("Submitted by", "Người nộp"),
    ON_BEHALF("Entered by the office on the ministry's behalf", "Cơ quan điều phối nhập thay"),
    YES("yes", "có"),
    REVIEW_STATE("Review state", "Trạng thái xem xét"),
    REVIEW_MESSAGE("Review message", "Ý kiến của Cơ quan điều phối"),
    REVIEWED_BY("Reviewed by", "Người xem xét"),
    REVIEWED_AT("Reviewed at", "Xem xét lúc"),
    LANGUAGE("Language", "Ngôn ngữ"),
    SUMMARY("Summary", "Tóm tắt"),
    OUTCOMES("Outcomes", "Kết quả"),
    DIFFICULTIES("Difficulties", "Khó khăn"),
    RECOMMENDATIONS("Recommendations", "Kiến nghị"),
    PRIORITIES("Next-year priorities", "Ưu tiên năm tới"),
    ROW("No.", "STT"),
    MECHANISM("Mechanism", "Cơ chế"),
    ROLE("Role", "Vai trò"),
    PARTNER("Partner", "Đối tác"),
    TERM("Term", "Nhiệm kỳ"),
    EVENT("Event", "Sự kiện"),
    DATE("Date", "Thời gian"),
    CITY("City", "Thành phố"),
    LEVEL("Level", "Cấp"),
    INITIATIVE("Initiative", "Tên sáng kiến"),
    STATUS("Status", "Tình trạng"),
    DESCRIPTION("Description", "Mô tả"),
    AT("At", "Thời điểm"),
    ACTOR("Actor", "Người thực hiện"),
    ACTION("Action", "Thao tác"),
    SUBMISSION_ID("Submission ID", "Mã lần nộp"),
    DETAIL("Detail", "Chi tiết"),
    CUT(" [cut at Excel's limit of 32,767 characters; the CSV export holds the whole text]",
            " [cắt ở giới hạn 32.767 ký tự của Excel; tệp CSV có toàn văn]");

    private final String english;
    private final String vietnamese;

    ExportLabel(String english, String vietnamese) {
        this.english = english;
        this.vietnamese = vietnamese;
    }

    /** Vietnamese for {@code vi}, English for any other language. */
    String in(Locale language) {
        return "vi".equals(language.getLanguage()) ? vietnamese : english;
    }
}
