package asean.review.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/** The stack's SMTP server keeps each mail it accepts as an .eml file per recipient, diacritics intact. */
class LocalMailTest {

    @Test
    void everyAcceptedMailIsSavedAsAnEmlFilePerRecipient(@TempDir Path data) throws Exception {
        try (LocalMail mail = LocalMail.start(data.resolve("mail"))) {
            ServerSetup smtp = new ServerSetup(mail.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            GreenMailUtil.sendTextEmail("officer@moh.example.gov.vn", "no-reply@asean-review.local",
                    "Tổng kết ASEAN năm 2026", "Kính gửi Quý đơn vị,", smtp);
            GreenMailUtil.sendTextEmail("office@mofa.example.gov.vn", "no-reply@asean-review.local",
                    "Digest", "Counts", smtp);

            List<Path> files;
            try (Stream<Path> listed = Files.list(mail.dir())) {
                files = listed.sorted().toList();
            }
            assertThat(files).hasSize(2);
            assertThat(files.get(0).getFileName().toString()).endsWith("-1-officer@moh.example.gov.vn.eml");
            String first = Files.readString(files.get(0));
            assertThat(first).contains("To: officer@moh.example.gov.vn");
            assertThat(jakarta.mail.internet.MimeUtility.decodeText(first.lines()
                    .filter(line -> line.startsWith("Subject: ")).findFirst().orElseThrow().substring(9)))
                    .isEqualTo("Tổng kết ASEAN năm 2026");
        }
    }
}
