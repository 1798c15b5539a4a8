package dev.tandem.ingest;

import dev.tandem.model.Stage;
import dev.tandem.model.StageException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Brings an input file written in UTF-16 or UTF-32 to UTF-8, the one encoding the parsers read, and
 * tells a binary file from such text.
 *
 * <p>Windows tools (Notepad's "Unicode", PowerShell's {@code >}, Word's "Unicode text") save UTF-16
 * with a byte-order mark; some exports save it without one. Both are full of NUL bytes, which alone
 * once made tandem call them binary. The encoding is told in this order:
 * <ol>
 *   <li>a byte-order mark: UTF-32 LE/BE, then UTF-16 LE/BE (a UTF-8 mark is left for the UTF-8
 *       reader, which drops it);</li>
 *   <li>without a mark, a file with NUL bytes whose layout is that of UTF-32 (a zero byte in every
 *       fourth place) or UTF-16 (NULs mostly in odd places for little-endian, even places for
 *       big-endian: the high byte of every ASCII letter, space and line break), if it decodes
 *       strictly in that encoding into text without control characters;</li>
 *   <li>otherwise a file with NUL bytes is binary, and a file without any is left as it is.</li>
 * </ol>
 * Example: the bytes {@code FF FE 53 00 6F 00} become {@code "So"} in UTF-8, read as UTF-16LE.
 */
public final class InputDecoder {
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    /** The highest value the third byte of a UTF-32 code unit takes: code points end at U+10FFFF. */
    private static final int MAX_PLANE = 0x10;

    private InputDecoder() {
    }

    /**
     * An input as UTF-8 bytes (or as given, when it had no NUL byte and no UTF-16/32 mark), with the
     * encoding it was read in, or null when it was left as it is.
     */
    public record Decoded(byte[] bytes, Charset transcodedFrom) {
    }

    /**
     * Decodes {@code bytes}; a file that is binary, or that carries a UTF-16/32 mark but is not
     * valid text in that encoding, is an ingest {@link StageException} saying so.
     */
    public static Decoded decode(byte[] bytes) {
        Charset marked = markedCharset(bytes);
        if (marked != null) {
            int bomLength = marked.equals(UTF_32LE) || marked.equals(UTF_32BE) ? 4 : 2;
            String text = strictly(bytes, bomLength, marked);
            if (text == null) {
                throw new StageException(Stage.INGEST, "the file starts with a " + marked.name()
                        + " byte-order mark but is not valid " + marked.name() + " text", Map.of(), null);
            }
            if (text.indexOf('\0') >= 0) {
                throw binary();
            }
            return new Decoded(text.getBytes(StandardCharsets.UTF_8), marked);
        }
        if (!hasNul(bytes)) {
            return new Decoded(bytes, null);
        }
        Charset guessed = guessFromNuls(bytes);
        String text = guessed == null ? null : strictly(bytes, 0, guessed);
        if (text == null || hasControlCharacters(text)) {
            throw binary();
        }
        return new Decoded(text.getBytes(StandardCharsets.UTF_8), guessed);
    }

    private static StageException binary() {
        return new StageException(Stage.INGEST, "the file is binary, not a text, HTML or JSON translation", Map.of(),
                null);
    }

    private static Charset markedCharset(byte[] b) {
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return UTF_32BE;
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The UTF-32 or UTF-16 variant the NUL bytes' places point to, or null when they point to none. */
    private static Charset guessFromNuls(byte[] b) {
        if (b.length % 4 == 0) {
            if (zeroEveryFourth(b, 3, 2)) {
                return UTF_32LE;
            }
            if (zeroEveryFourth(b, 0, 1)) {
                return UTF_32BE;
            }
        }
        if (b.length % 2 != 0) {
            return null;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        return odd > even ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    /** Whether every byte at {@code zero} (mod 4) is 0 and every byte at {@code plane} is a plane number. */
    private static boolean zeroEveryFourth(byte[] b, int zero, int plane) {
        for (int i = 0; i < b.length; i += 4) {
            if (b[i + zero] != 0 || (b[i + plane] & 0xFF) > MAX_PLANE) {
                return false;
            }
        }
        return true;
    }

    /** {@code bytes} from {@code offset} decoded in {@code charset}, or null if they are not valid in it. */
    private static String strictly(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Control characters other than tab, line feed, form feed and carriage return: never in a text. */
    private static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
