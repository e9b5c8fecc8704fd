package asean.review.stack.backup;

import java.util.ArrayList;
import java.util.List;

/** PostgreSQL's write-ahead log positions (LSNs such as {@code 0/3000028}) and the segment files that hold them. */
final class WalSegments {

    private static final long SEGMENT_IDS_SPAN = 0x1_0000_0000L;

    private WalSegments() {
    }

    static long lsn(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not a WAL position: " + text);
        }
        return (Long.parseUnsignedLong(text.substring(0, slash), 16) << 32)
                | Long.parseUnsignedLong(text.substring(slash + 1), 16);
    }

    /**
     * The segment files, in order, from the one holding {@code start} (a record's first byte) to the one holding
     * the last byte before {@code end} (a record's end, as pg_backup_stop returns it).
     */
    static List<String> between(int timeline, long start, long end, long segmentSize) {
        List<String> names = new ArrayList<>();
        for (long segment = start / segmentSize; segment <= (end - 1) / segmentSize; segment++) {
            names.add(fileName(timeline, segment, segmentSize));
        }
        return names;
    }

    static String fileName(int timeline, long segment, long segmentSize) {
        long segmentsPerId = SEGMENT_IDS_SPAN / segmentSize;
        return String.format("%08X%08X%08X", timeline, segment / segmentsPerId, segment % segmentsPerId);
    }
}
