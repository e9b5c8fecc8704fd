package asean.review.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownEscaperTest {

    @Test
    void inlineSyntaxIsShownAsText() {
        assertThat(MarkdownEscaper.escape("**bold** _it_ `code` [link](http://x) ![img](y) <b>html</b> a|b ~~s~~"))
                .isEqualTo("\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[link\\](http://x) \\!\\[img\\](y)"
                        + " \\<b\\>html\\</b\\> a\\|b \\~\\~s\\~\\~");
    }

    @Test
    void blockSyntaxAtTheStartIsShownAsText() {
        assertThat(MarkdownEscaper.escape("# Heading")).isEqualTo("\\# Heading");
        assertThat(MarkdownEscaper.escape("- item")).isEqualTo("\\- item");
        assertThat(MarkdownEscaper.escape("12. item")).isEqualTo("12\\. item");
        assertThat(MarkdownEscaper.escape("ASEAN-EU 4.5%")).isEqualTo("ASEAN-EU 4.5%");
    }

    @Test
    void lineBreaksCannotStartANewBlockOrTableRow() {
        assertThat(MarkdownEscaper.escape("one\r\n| a | b |\n# two")).isEqualTo("one<br>\\| a \\| b \\|<br>\\# two");
    }

    @Test
    void entitiesAndVietnameseStayReadable() {
        assertThat(MarkdownEscaper.escape("&lt;script&gt; Đỗ Hùng Việt, Hà Nội"))
                .isEqualTo("\\&lt;script\\&gt; Đỗ Hùng Việt, Hà Nội");
    }
}
