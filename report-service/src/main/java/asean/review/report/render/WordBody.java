package asean.review.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The main part of a Word document ({@code word/document.xml}), written as a stream of WordprocessingML as the brief is
 * laid out: Apache POI's object model of some 100,000 table cells took most of the time a large brief took to write.
 * Paragraphs in a named style, bold runs, line breaks kept as breaks, tables whose header row repeats, pictures
 * inline. The writer escapes; characters XML 1.0 cannot hold (control characters pasted into a contribution) are
 * dropped.
 */
final class WordBody {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final XMLStreamWriter xml;
    private int pictures;
    private boolean finished;

    WordBody() {
        try {
            xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("w", "document", W);
            xml.writeNamespace("w", W);
            xml.writeNamespace("r", R);
            xml.writeNamespace("wp", WP);
            xml.writeNamespace("a", A);
            xml.writeNamespace("pic", PIC);
            xml.writeStartElement("w", "body", W);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** A paragraph in {@code style} (null: Normal) of one run of {@code text}. */
    void paragraph(String style, String text) {
        write(() -> {
            startParagraph(style);
            run(text, false);
            xml.writeEndElement();
        });
    }

    /** A paragraph that starts with {@code label} in bold. */
    void labelled(String label, String text) {
        write(() -> {
            startParagraph(null);
            run(label, true);
            run(text, false);
            xml.writeEndElement();
        });
    }

    /** An empty paragraph, after a table. */
    void emptyParagraph() {
        write(() -> xml.writeEmptyElement("w", "p", W));
    }

    /** An empty paragraph that starts a new page. */
    void pageBreak() {
        write(() -> {
            xml.writeStartElement("w", "p", W);
            xml.writeStartElement("w", "pPr", W);
            xml.writeEmptyElement("w", "pageBreakBefore", W);
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    /**
     * A table in the TableGrid style at the text's width, its columns {@code columns} twentieths of a point wide, its
     * header row bold and repeated on every page.
     */
    void table(int[] columns, List<String> header, List<List<String>> rows) {
        write(() -> {
            xml.writeStartElement("w", "tbl", W);
            xml.writeStartElement("w", "tblPr", W);
            emptyWithValue("tblStyle", "TableGrid");
            xml.writeEmptyElement("w", "tblW", W);
            xml.writeAttribute("w", W, "w", "5000");
            xml.writeAttribute("w", W, "type", "pct");
            xml.writeStartElement("w", "tblBorders", W);
            for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
                emptyWithValue(side, "single");
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("w", "tblGrid", W);
            for (int width : columns) {
                xml.writeEmptyElement("w", "gridCol", W);
                xml.writeAttribute("w", W, "w", Integer.toString(width));
            }
            xml.writeEndElement();
            row(header, true);
            for (List<String> row : rows) {
                row(row, false);
            }
            xml.writeEndElement();
        });
    }

    /**
     * A PNG picture of the package, {@code relationship} its id, inline in a paragraph of its own; {@code description}
     * is its text alternative.
     */
    void picture(String relationship, String name, String description, long widthEmu, long heightEmu) {
        int id = ++pictures;
        write(() -> {
            startParagraph(null);
            xml.writeStartElement("w", "r", W);
            xml.writeStartElement("w", "drawing", W);
            xml.writeStartElement("wp", "inline", WP);
            for (String distance : List.of("distT", "distB", "distL", "distR")) {
                xml.writeAttribute(distance, "0");
            }
            xml.writeEmptyElement("wp", "extent", WP);
            xml.writeAttribute("cx", Long.toString(widthEmu));
            xml.writeAttribute("cy", Long.toString(heightEmu));
            xml.writeEmptyElement("wp", "docPr", WP);
            xml.writeAttribute("id", Integer.toString(id));
            xml.writeAttribute("name", "Picture " + id);
            xml.writeAttribute("descr", clean(description));
            xml.writeStartElement("a", "graphic", A);
            xml.writeStartElement("a", "graphicData", A);
            xml.writeAttribute("uri", PIC);
            xml.writeStartElement("pic", "pic", PIC);
            xml.writeStartElement("pic", "nvPicPr", PIC);
            xml.writeEmptyElement("pic", "cNvPr", PIC);
            xml.writeAttribute("id", "0");
            xml.writeAttribute("name", clean(name));
            xml.writeStartElement("pic", "cNvPicPr", PIC);
            xml.writeEmptyElement("a", "picLocks", A);
            xml.writeAttribute("noChangeAspect", "1");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("pic", "blipFill", PIC);
            xml.writeEmptyElement("a", "blip", A);
            xml.writeAttribute("r", R, "embed", relationship);
            xml.writeStartElement("a", "stretch", A);
            xml.writeEmptyElement("a", "fillRect", A);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("pic", "spPr", PIC);
            xml.writeStartElement("a", "xfrm", A);
            xml.writeEmptyElement("a", "off", A);
            xml.writeAttribute("x", "0");
            xml.writeAttribute("y", "0");
            xml.writeEmptyElement("a", "ext", A);
            xml.writeAttribute("cx", Long.toString(widthEmu));
            xml.writeAttribute("cy", Long.toString(heightEmu));
            xml.writeEndElement();
            xml.writeStartElement("a", "prstGeom", A);
            xml.writeAttribute("prst", "rect");
            xml.writeEmptyElement("a", "avLst", A);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement(); // pic:pic
            xml.writeEndElement(); // a:graphicData
            xml.writeEndElement(); // a:graphic
            xml.writeEndElement(); // wp:inline
            xml.writeEndElement(); // w:drawing
            xml.writeEndElement(); // w:r
            xml.writeEndElement(); // w:p
        });
    }

    /** Writes the document, its body closed, to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
        if (!finished) {
            write(() -> {
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.close();
            });
            finished = true;
        }
        bytes.writeTo(out);
    }

    /** {@code text} without the characters XML 1.0 cannot hold: control characters other than tab and line ends. */
    static String clean(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (allowed(c) || pair) {
                int next = pair ? i + 2 : i + 1;
                if (kept != null) {
                    kept.append(text, i, next);
                }
                i = next - 1;
            } else if (kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            }
        }
        return kept == null ? text : kept.toString();
    }

    /** Whether XML 1.0 holds {@code c} on its own (surrogates only as pairs, which {@link #clean} checks). */
    private static boolean allowed(char c) {
        return c >= 0x20 ? c < 0xD800 || c >= 0xE000 && c <= 0xFFFD : c == '\t' || c == '\n' || c == '\r';
    }

    private void row(List<String> cells, boolean header) throws XMLStreamException {
        xml.writeStartElement("w", "tr", W);
        if (header) {
            xml.writeStartElement("w", "trPr", W);
            xml.writeEmptyElement("w", "tblHeader", W);
            xml.writeEndElement();
        }
        for (String cell : cells) {
            xml.writeStartElement("w", "tc", W);
            startParagraph(null);
            run(cell, header);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void startParagraph(String style) throws XMLStreamException {
        xml.writeStartElement("w", "p", W);
        if (style != null) {
            xml.writeStartElement("w", "pPr", W);
            emptyWithValue("pStyle", style);
            xml.writeEndElement();
        }
    }

    /** One run of {@code text}, its line breaks kept as breaks. */
    private void run(String text, boolean bold) throws XMLStreamException {
        xml.writeStartElement("w", "r", W);
        if (bold) {
            xml.writeStartElement("w", "rPr", W);
            xml.writeEmptyElement("w", "b", W);
            xml.writeEndElement();
        }
        String[] lines = LINE_BREAK.split(text, -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                xml.writeEmptyElement("w", "br", W);
            }
            String line = clean(lines[i]);
            xml.writeStartElement("w", "t", W);
            if (!line.isEmpty() && (Character.isWhitespace(line.charAt(0))
                    || Character.isWhitespace(line.charAt(line.length() - 1)))) {
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve");
            }
            xml.writeCharacters(line);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void emptyWithValue(String element, String value) throws XMLStreamException {
        xml.writeEmptyElement("w", element, W);
        xml.writeAttribute("w", W, "val", value);
    }

    private void write(XmlWrite step) {
        if (finished) {
            throw new IllegalStateException("the Word document's body is already written");
        }
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private static IllegalStateException failed(XMLStreamException e) {
        return new IllegalStateException("cannot write the Word document's body", e);
    }

    private interface XmlWrite {
        void run() throws XMLStreamException;
    }
}
