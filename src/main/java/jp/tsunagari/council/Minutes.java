package jp.tsunagari.council;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import jp.tsunagari.diagram.GraphData;
import jp.tsunagari.diagram.GraphEdge;
import jp.tsunagari.diagram.GraphNode;
import jp.tsunagari.gaps.GapType;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A session's minutes (議事録の下書き) as PDF, with OpenPDF and an embedded Japanese font: council, title, date,
 * agenda, attendees, when it opened and closed, each change with the gaps it opened and closed, the gap counts by
 * type before and after, and the diagram as the presenter last showed it (drawn on the server from the council-safe
 * picture and the presenter's positions). Everything named under council rules: the minutes go to the council.
 * <p>
 * The font is {@code tsunagari.council.minutes-font} (a TrueType/OpenType file; default the IPAex Gothic of Debian's
 * {@code fonts-ipaexfont-gothic}); the first existing of a few usual paths is taken when it is not set.
 */
@Component
class Minutes {

    static final List<String> FONT_CANDIDATES = List.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf", "/usr/share/fonts/truetype/ipaexg.ttf");

    private final CouncilSessions sessions;
    private final ChangeTexts texts;
    private final SessionBroadcaster broadcaster;
    private final MessageSource messages;
    private final String configuredFont;

    Minutes(CouncilSessions sessions, ChangeTexts texts, SessionBroadcaster broadcaster, MessageSource messages,
            @Value("${tsunagari.council.minutes-font:}") String configuredFont) {
        this.sessions = sessions;
        this.texts = texts;
        this.broadcaster = broadcaster;
        this.messages = messages;
        this.configuredFont = configuredFont;
    }

    /** The font file the minutes embed; a clear error when none is installed. */
    Path font() {
        if (configuredFont != null && !configuredFont.isBlank()) {
            Path path = Path.of(configuredFont);
            if (!Files.isReadable(path)) {
                throw new IllegalStateException("tsunagari.council.minutes-font: cannot read " + path);
            }
            return path;
        }
        return FONT_CANDIDATES.stream().map(Path::of).filter(Files::isReadable).findFirst()
                .orElseThrow(() -> new IllegalStateException("No Japanese font for the minutes: install Debian's "
                        + "fonts-ipaexfont-gothic or set tsunagari.council.minutes-font to a .ttf/.otf file"));
    }

    /** The session's picture as the presenter last showed it, as PNG; null when no presenter sent one. */
    byte[] snapshot(String sessionId, Locale locale) {
        return broadcaster.lastPicture(sessionId).map(p -> png(p.graph())).orElse(null);
    }

    byte[] pdf(CouncilSession s, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BaseFont base = BaseFont.createFont(font().toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font body = new Font(base, 10.5f), heading = new Font(base, 13, Font.BOLD), title = new Font(base, 17);
            Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(s.title());
            doc.open();
            doc.add(new Paragraph(t("council.minutes.heading", locale, s.councilName()), heading));
            doc.add(new Paragraph(s.title(), title));
            doc.add(new Paragraph(t("council.minutes.date", locale, s.date(), s.openedAt(), s.closedAt()), body));
            section(doc, t("council.minutes.agenda", locale), heading);
            doc.add(new Paragraph(s.agenda().isBlank() ? "—" : s.agenda(), body));
            section(doc, t("council.minutes.attendees", locale), heading);
            doc.add(new Paragraph(s.attendees().isEmpty() ? "—" : String.join("、", s.attendees()), body));

            section(doc, t("council.minutes.changes", locale), heading);
            var described = texts.describe(sessions.changes(s), locale);
            if (described.isEmpty()) {
                doc.add(new Paragraph(t("council.minutes.noChanges", locale), body));
            }
            for (var d : described) {
                doc.add(new Paragraph(d.change().seq() + ". " + d.what()
                        + (d.change().username() == null ? "" : "（" + d.change().username() + "）"), body));
                if (!d.opened().isEmpty()) {
                    doc.add(new Paragraph("    " + t("council.changes.opened", locale) + ": " + d.opened(), body));
                }
                if (!d.closed().isEmpty()) {
                    doc.add(new Paragraph("    " + t("council.changes.closed", locale) + ": " + d.closed(), body));
                }
            }

            section(doc, t("council.minutes.counts", locale), heading);
            PdfPTable table = new PdfPTable(new float[] {5, 2, 2, 2});
            table.setWidthPercentage(100);
            for (String h : List.of(t("council.minutes.type", locale), t("council.minutes.before", locale),
                    t("council.minutes.after", locale), t("council.minutes.difference", locale))) {
                table.addCell(new PdfPCell(new Phrase(h, body)));
            }
            Map<GapType, int[]> rows = SessionBroadcaster.table(s.before(), s.after());
            rows.forEach((type, bn) -> {
                table.addCell(new PdfPCell(new Phrase(texts.type(type, locale) + " (" + type.name() + ")", body)));
                for (String v : List.of(String.valueOf(bn[0]), String.valueOf(bn[1]), signed(bn[1] - bn[0]))) {
                    PdfPCell cell = new PdfPCell(new Phrase(v, body));
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    table.addCell(cell);
                }
            });
            doc.add(table);

            section(doc, t("council.minutes.snapshot", locale), heading);
            byte[] png = sessions.snapshot(s).orElse(null);
            if (png == null) {
                doc.add(new Paragraph(t("council.minutes.noSnapshot", locale), body));
            } else {
                Image image = Image.getInstance(png);
                image.scaleToFit(doc.getPageSize().getWidth() - 100, 420);
                doc.add(image);
            }
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void section(Document doc, String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : String.valueOf(n);
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    // ---- the diagram picture -----------------------------------------------------------------------------------

    static final int WIDTH = 1600, HEIGHT = 1000, MARGIN = 40;

    /**
     * Draws the placed nodes and their edges, gap flags as red rings and labels in the minutes' font. Nodes without a
     * position (none was sent yet) are left out; null when none has one.
     */
    byte[] png(GraphData graph) {
        List<GraphNode> placed = graph.nodes().stream().filter(GraphNode::placed).toList();
        if (placed.isEmpty()) {
            return null;
        }
        double minX = placed.stream().mapToDouble(GraphNode::x).min().orElse(0);
        double maxX = placed.stream().mapToDouble(GraphNode::x).max().orElse(1);
        double minY = placed.stream().mapToDouble(GraphNode::y).min().orElse(0);
        double maxY = placed.stream().mapToDouble(GraphNode::y).max().orElse(1);
        double scale = Math.min((WIDTH - 2.0 * MARGIN) / Math.max(maxX - minX, 1e-9),
                (HEIGHT - 2.0 * MARGIN) / Math.max(maxY - minY, 1e-9));
        Map<String, double[]> at = new HashMap<>();
        // Sigma's y axis points up; the image's down.
        placed.forEach(n -> at.put(n.id(), new double[] {MARGIN + (n.x() - minX) * scale,
                HEIGHT - MARGIN - (n.y() - minY) * scale}));
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0xB0BEC5));
            g.setStroke(new BasicStroke(1.2f));
            for (GraphEdge e : graph.edges()) {
                double[] a = at.get(e.source()), b = at.get(e.target());
                if (a != null && b != null) {
                    g.drawLine((int) a[0], (int) a[1], (int) b[0], (int) b[1]);
                }
            }
            java.awt.Font label;
            try {
                label = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, font().toFile()).deriveFont(13f);
            } catch (java.awt.FontFormatException | IOException | IllegalStateException e) {
                label = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 13);
            }
            g.setFont(label);
            for (GraphNode n : placed) {
                double[] p = at.get(n.id());
                int r = 7;
                if (!n.flags().isEmpty() && !n.flags().contains("inactive")) {
                    g.setColor(new Color(0xE53935));
                    g.fillOval((int) p[0] - r - 4, (int) p[1] - r - 4, 2 * r + 8, 2 * r + 8);
                }
                g.setColor(colour(n.kind()));
                g.fillOval((int) p[0] - r, (int) p[1] - r, 2 * r, 2 * r);
                g.setColor(new Color(0x263238));
                g.drawString(n.label(), (int) p[0] + r + 3, (int) p[1] + 4);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Color colour(String kind) {
        return switch (kind) {
            case "resident" -> new Color(0x1565C0);
            case "person" -> new Color(0x2E7D32);
            case "individual-network" -> new Color(0x6A1B9A);
            case "provider-network" -> new Color(0xEF6C00);
            case "area" -> new Color(0x546E7A);
            default -> new Color(0x00838F);
        };
    }
}
