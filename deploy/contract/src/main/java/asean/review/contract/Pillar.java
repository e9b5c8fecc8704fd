package asean.review.contract;

/** The pillars of ASEAN cooperation, in the order the brief presents them. */
public enum Pillar {
    APSC, AEC, ASCC, EXTERNAL, CROSS;

    static final String PATTERN = "APSC|AEC|ASCC|EXTERNAL|CROSS";
    static final String LIST = "APSC, AEC, ASCC, EXTERNAL, CROSS";
}
