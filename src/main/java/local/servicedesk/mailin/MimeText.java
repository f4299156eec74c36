package local.servicedesk.mailin;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text out of mail headers and bodies as Chinese mail clients write them, which is not always as the RFCs say.
 *
 * <ul>
 *   <li>GB2312 and GBK labels are read as GB18030, their superset: GBK-only characters such as 镕 or 喆 sent under a
 *       GB2312 label stay intact.
 *   <li>Adjacent encoded words of one charset are decoded together, bytes first: an encoder that splits a character
 *       between two words does not break it.
 *   <li>Raw 8-bit bytes in a header are read as UTF-8 when they are valid UTF-8, else as GB18030.
 *   <li>Parameters (a file name) may use RFC 2231, with continuations, or encoded words.
 * </ul>
 */
final class MimeText {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> CHINESE_LABELS = Set.of(
            "gb2312",
            "gbk",
            "cp936",
            "ms936",
            "windows-936",
            "x-gbk",
            "euc-cn",
            "x-euc-cn",
            "csgb2312",
            "gb_2312-80",
            "gb18030");
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");
    private static final Pattern CONTINUATION = Pattern.compile("(.+?)\\*(\\d+)(\\*?)");

    private MimeText() {}

    /** The Java charset for a MIME charset label; an unknown label is read as UTF-8. */
    static Charset charset(String label) {
        String name = unquote(label).strip().toLowerCase(Locale.ROOT);
        int language = name.indexOf('*');
        if (language >= 0) {
            name = name.substring(0, language);
        }
        if (CHINESE_LABELS.contains(name)) {
            return GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknownOrIllegal) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * Body text under its label. Without a label, or labelled ASCII yet with 8-bit bytes, the bytes are UTF-8 when
     * they can be, else GB18030: the two encodings Chinese mail comes in.
     */
    static String decode(byte[] bytes, String label) {
        boolean unlabelled = label == null || label.isBlank() || charset(label).equals(StandardCharsets.US_ASCII);
        if (unlabelled) {
            return guess(bytes);
        }
        return new String(bytes, charset(label));
    }

    /** A header's text: unfolded, raw 8-bit bytes read, encoded words decoded. */
    static String decodeHeader(String raw) {
        if (raw == null) {
            return "";
        }
        String unfolded =
                raw.replaceAll("\\r?\\n(?=[ \\t])", "").replace("\r", "").replace("\n", "");
        return decodeWords(rawBytesRead(unfolded));
    }

    /**
     * A parameter of a structured header such as Content-Disposition, by name, or null when it has none. RFC 2231
     * forms ({@code filename*=UTF-8''%E6..}, {@code filename*0*=..}) win over the plain one.
     */
    static String parameter(String rawHeader, String name) {
        if (rawHeader == null) {
            return null;
        }
        String plain = null;
        TreeMap<Integer, Segment> segments = new TreeMap<>();
        for (String[] pair : parameters(rawHeader.replaceAll("\\r?\\n", ""))) {
            String key = pair[0];
            if (key.equals(name)) {
                plain = pair[1];
            } else if (key.equals(name + "*")) {
                segments.put(0, new Segment(pair[1], true));
            } else {
                Matcher continuation = CONTINUATION.matcher(key);
                if (continuation.matches() && continuation.group(1).equals(name)) {
                    segments.put(
                            Integer.valueOf(continuation.group(2)),
                            new Segment(pair[1], !continuation.group(3).isEmpty()));
                }
            }
        }
        if (!segments.isEmpty()) {
            return extended(new ArrayList<>(segments.values()));
        }
        return plain == null ? null : decodeWords(rawBytesRead(plain));
    }

    private record Segment(String value, boolean encoded) {}

    private static String extended(List<Segment> segments) {
        Charset charset = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            String value = segment.value();
            if (i == 0 && segment.encoded()) {
                String[] parts = value.split("'", 3);
                if (parts.length == 3) {
                    charset = parts[0].isBlank() ? null : charset(parts[0]);
                    value = parts[2];
                }
            }
            bytes.writeBytes(segment.encoded() ? percentDecoded(value) : value.getBytes(StandardCharsets.ISO_8859_1));
        }
        byte[] all = bytes.toByteArray();
        return charset == null ? decodeWords(guess(all)) : new String(all, charset);
    }

    private static byte[] percentDecoded(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && isHex(value, i + 1) && isHex(value, i + 2)) {
                out.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write((byte) c);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(String value, int index) {
        return index < value.length() && Character.digit(value.charAt(index), 16) >= 0;
    }

    /** The {@code name=value} pairs after the header's first value, names in lower case, quotes removed. */
    private static List<String[]> parameters(String header) {
        List<String[]> pairs = new ArrayList<>();
        List<String> pieces = splitOutsideQuotes(header);
        for (String piece : pieces.subList(Math.min(1, pieces.size()), pieces.size())) {
            int equals = piece.indexOf('=');
            if (equals > 0) {
                String key = piece.substring(0, equals).strip().toLowerCase(Locale.ROOT);
                pairs.add(new String[] {key, unquote(piece.substring(equals + 1).strip())});
            }
        }
        return pairs;
    }

    private static List<String> splitOutsideQuotes(String header) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '\\' && quoted && i + 1 < header.length()) {
                current.append(c).append(header.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                current.append(c);
            } else if (c == ';' && !quoted) {
                pieces.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        pieces.add(current.toString());
        return pieces;
    }

    private static String unquote(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return value;
    }

    /**
     * Header bytes that were not ASCII reach us one char per byte (Latin-1); read them again as the text they are.
     * A header that holds characters above Latin-1 was decoded already and is left alone.
     */
    private static String rawBytesRead(String header) {
        boolean eightBit = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c > 0xFF) {
                return header;
            }
            eightBit |= c > 0x7F;
        }
        return eightBit ? guess(header.getBytes(StandardCharsets.ISO_8859_1)) : header;
    }

    /** Decodes encoded words; adjacent words of one charset are joined as bytes before they are decoded. */
    private static String decodeWords(String text) {
        Matcher word = ENCODED_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        WordRun run = new WordRun();
        int end = 0;
        while (word.find()) {
            String between = text.substring(end, word.start());
            byte[] bytes = wordBytes(word.group(2), word.group(3));
            if (bytes == null) {
                run.flushTo(out);
                out.append(between).append(word.group());
            } else if (run.isOpen() && between.isBlank()) {
                // white space between two encoded words is not text (RFC 2047, section 6.2)
                run.add(word.group(1), bytes, out);
            } else {
                run.flushTo(out);
                out.append(between);
                run.add(word.group(1), bytes, out);
            }
            end = word.end();
        }
        run.flushTo(out);
        return out.append(text.substring(end)).toString();
    }

    /** The bytes of adjacent encoded words of one charset, not yet decoded. */
    private static final class WordRun {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private String charset;

        boolean isOpen() {
            return charset != null;
        }

        void add(String wordCharset, byte[] wordBytes, StringBuilder out) {
            if (isOpen() && !charset.equalsIgnoreCase(wordCharset)) {
                flushTo(out);
            }
            charset = wordCharset;
            bytes.writeBytes(wordBytes);
        }

        void flushTo(StringBuilder out) {
            if (isOpen()) {
                out.append(new String(bytes.toByteArray(), charset(charset)));
                bytes.reset();
                charset = null;
            }
        }
    }

    /** The bytes of an encoded word's text, or null when it is not valid. */
    private static byte[] wordBytes(String encoding, String text) {
        if (encoding.equalsIgnoreCase("B")) {
            try {
                return Base64.getMimeDecoder().decode(text);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && isHex(text, i + 1) && isHex(text, i + 2)) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write((byte) c);
            }
        }
        return out.toByteArray();
    }

    /** UTF-8 when the bytes are valid UTF-8, else GB18030. */
    static String guess(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }
}
