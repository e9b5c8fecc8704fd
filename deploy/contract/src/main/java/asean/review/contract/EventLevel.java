package asean.review.contract;

public enum EventLevel {
    SUMMIT, MINISTERIAL, SENIOR_OFFICIALS, WORKING, OTHER;

    static final String PATTERN = "SUMMIT|MINISTERIAL|SENIOR_OFFICIALS|WORKING|OTHER";
    static final String LIST = "SUMMIT, MINISTERIAL, SENIOR_OFFICIALS, WORKING, OTHER";
}
