package asean.review.report.diff;

/** How a row of a list differs from the previous version of the list. */
public enum RowState {
    /** Same content, and in the same order relative to the other unchanged rows. */
    UNCHANGED,
    /** Only in the new version. */
    ADDED,
    /** Only in the old version. */
    REMOVED,
    /** The same row edited: some of its cells differ. */
    CHANGED,
    /** Same content, but its order relative to the unchanged rows is different. */
    MOVED
}
