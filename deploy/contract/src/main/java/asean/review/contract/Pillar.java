package asean.review.contract;

/** The pillars of ASEAN cooperation, in the order the brief presents them. */
public enum Pillar {
    APSC("Political-Security Community"),
    AEC("Economic Community"),
    ASCC("Socio-Cultural Community"),
    EXTERNAL("External relations"),
    CROSS("Cross-pillar cooperation");

    static final String PATTERN = "APSC|AEC|ASCC|EXTERNAL|CROSS";
    static final String LIST = "APSC, AEC, ASCC, EXTERNAL, CROSS";

    private final String title;

    Pillar(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
