package asean.review.report.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Keeps a PDF's pages as images under {@code target/briefs/pages/}, for a person to look at. */
public final class PageImages {

    private PageImages() {
    }

    public static void keep(PDDocument document, String name) throws IOException {
        Path folder = Path.of("target", "briefs", "pages");
        Files.createDirectories(folder);
        PDFRenderer renderer = new PDFRenderer(document);
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            ImageIO.write(renderer.renderImageWithDPI(page, 80), "png",
                    folder.resolve(name + "-p" + (page + 1) + ".png").toFile());
        }
    }
}
