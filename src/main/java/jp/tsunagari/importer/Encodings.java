package jp.tsunagari.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * The encodings municipal CSV files come in: UTF-8 with or without BOM (Excel's 「CSV UTF-8」), and CP932
 * (Windows-31J: Excel's 「CSV (コンマ区切り)」 on Japanese Windows, whose ～ － ① and NEC special characters plain
 * Shift_JIS lacks). Decoding is strict: bytes that are not valid in the encoding are reported for their line, never
 * replaced.
 */
final class Encodings {

    static final Charset CP932 = Charset.forName("windows-31j");
    /** What a user may choose; {@code auto} detects. */
    static final List<String> CHOICES = List.of("auto", "UTF-8", "windows-31j");

    private Encodings() {
    }

    /** The text of a file, one entry per physical line, and the lines that were not valid in the encoding. */
    record Decoded(Charset charset, List<String> lines, List<Problem> problems) {
    }

    /**
     * The charset a user chose: {@code auto} or empty (detect), {@code UTF-8}, or {@code Shift_JIS} /
     * {@code windows-31j} / {@code CP932} / {@code MS932} (all read as CP932). Null for anything else.
     */
    static Charset chosen(String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("auto")) {
            return null;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT).replace("_", "-")) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "shift-jis", "sjis", "windows-31j", "cp932", "ms932" -> CP932;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** UTF-8 when there is a BOM or every byte is valid UTF-8; otherwise what juniversalchardet finds, else CP932. */
    static Charset detect(byte[] bytes) {
        if (hasUtf8Bom(bytes) || validIn(StandardCharsets.UTF_8, bytes)) {
            return StandardCharsets.UTF_8;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        String found = detector.getDetectedCharset();
        // Japanese files that are not UTF-8 are CP932 in practice (a Shift_JIS guess included: CP932 is its superset).
        return "EUC-JP".equals(found) ? Charset.forName("EUC-JP") : CP932;
    }

    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && (((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)
                || ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF));
    }

    private static boolean validIn(Charset charset, byte[] bytes) {
        try {
            strict(charset).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Decodes line by line (a line feed is never part of a multi-byte character in UTF-8 or CP932), so a bad byte is
     * reported with its line number and column. A bad line is kept, with U+FFFD in place of the bad bytes, only so
     * the lines after it can still be checked: the file is rejected.
     */
    static Decoded decode(byte[] bytes, Charset charset) {
        int start = charset.equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
        List<String> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        CharsetDecoder decoder = strict(charset);
        int lineStart = start;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i;
                if (end > lineStart && bytes[end - 1] == '\r') {
                    end--;
                }
                if (i == bytes.length && end == lineStart) {
                    break; // no text after the last line feed
                }
                ByteBuffer line = ByteBuffer.wrap(bytes, lineStart, end - lineStart);
                try {
                    lines.add(decoder.reset().decode(line).toString());
                } catch (CharacterCodingException e) {
                    int offset = firstBadByte(decoder, bytes, lineStart, end);
                    problems.add(Problem.of(lines.size() + 1, "", hex(bytes, lineStart + offset, end),
                            "import.error.encoding", charset.displayName(Locale.ROOT), offset + 1));
                    lines.add(new String(bytes, lineStart, end - lineStart, charset));
                }
                lineStart = i + 1;
            }
        }
        if (!lines.isEmpty() && lines.getFirst().startsWith("\uFEFF")) {
            lines.set(0, lines.getFirst().substring(1));
        }
        return new Decoded(charset, lines, problems);
    }

    private static int firstBadByte(CharsetDecoder decoder, byte[] bytes, int from, int to) {
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from + 1);
        decoder.reset().decode(in, out, true);
        return in.position() - from;
    }

    private static String hex(byte[] bytes, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < Math.min(to, from + 4); i++) {
            s.append(String.format("%02X ", bytes[i] & 0xff));
        }
        return s.toString().strip();
    }
}
