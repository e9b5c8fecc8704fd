package asean.review.stack.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class WalSegmentsTest {

    private static final long SIXTEEN_MB = 16L * 1024 * 1024;

    @Test
    void namesTheSegmentsFromTheBackupsStartToTheLastByteBeforeItsStop() {
        assertThat(WalSegments.between(1, WalSegments.lsn("0/2000028"), WalSegments.lsn("0/2000138"), SIXTEEN_MB))
                .containsExactly("000000010000000000000002");
        assertThat(WalSegments.between(1, WalSegments.lsn("0/2000028"), WalSegments.lsn("0/4000000"), SIXTEEN_MB))
                .as("a stop at a segment boundary ends in the segment before it")
                .containsExactly("000000010000000000000002", "000000010000000000000003");
        assertThat(WalSegments.between(2, WalSegments.lsn("1/FF000028"), WalSegments.lsn("2/1000100"), SIXTEEN_MB))
                .containsExactly("0000000200000001000000FF", "000000020000000200000000", "000000020000000200000001");
    }

    @Test
    void readsBackupLabel() {
        BackupLabel label = BackupLabel.parse("""
                START WAL LOCATION: 0/6000028 (file 000000010000000000000006)
                CHECKPOINT LOCATION: 0/6000080
                BACKUP METHOD: streamed
                BACKUP FROM: primary
                START TIME: 2026-11-28 08:01:02 UTC
                LABEL: %s
                START TIMELINE: 1
                """.formatted(BackupLabel.labelFor(Instant.parse("2026-11-28T08:01:02.345Z"))));
        assertThat(label.startWalFile()).isEqualTo("000000010000000000000006");
        assertThat(label.startTimeline()).isEqualTo(1);
        assertThat(label.startedAt()).contains(Instant.parse("2026-11-28T08:01:02.345Z"));
    }
}
