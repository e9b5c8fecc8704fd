package asean.review.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import asean.review.report.chart.Drawing.Box;
import asean.review.report.chart.Drawing.Mark;
import asean.review.report.chart.Drawing.Rule;
import asean.review.report.chart.Drawing.Text;

/** Draws a laid-out chart on any Graphics2D: a PNG's image or a PDF's canvas. */
final class ChartPainter {

    private static final Color BAR = new Color(Drawing.BAR_RGB);
    private static final Color INK = new Color(Drawing.INK_RGB);

    private ChartPainter() {
    }

    static void paint(Drawing drawing, Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setStroke(new BasicStroke(1f));
        for (Mark mark : drawing.marks()) {
            if (mark instanceof Box box) {
                g.setColor(BAR);
                g.fill(new Rectangle2D.Float(box.x(), box.y(), box.width(), box.height()));
            } else if (mark instanceof Rule rule) {
                g.setColor(INK);
                g.draw(new Line2D.Float(rule.x1(), rule.y1(), rule.x2(), rule.y2()));
            } else if (mark instanceof Text text) {
                g.setColor(INK);
                g.setFont(ChartFonts.font(text.size(), text.bold()));
                g.drawString(text.text(), text.left(), text.y());
            }
        }
    }
}
