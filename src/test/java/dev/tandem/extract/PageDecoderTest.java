package dev.tandem.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
    private static final String VIETNAMESE = "Chủ tịch Triều Tiên tiếp phái đoàn quân sự Nga";
    private final PageDecoder decoder = new PageDecoder();

    private static byte[] page(String metaCharset, Charset encoding) {
        String meta = metaCharset == null ? "" : "<meta charset=\"" + metaCharset + "\">";
        return ("<html><head>" + meta + "</head><body><p>" + VIETNAMESE + "</p></body></html>").getBytes(encoding);
    }

    private String text(PageDecoder.Decoded decoded) {
        return Normalizer.normalize(decoded.document().selectFirst("p").text(), Normalizer.Form.NFC);
    }

    @Test
    void readsLegacyVietnameseWindows1258() {
        Charset cp1258 = Charset.forName("windows-1258");
        // windows-1258 has the letters â, ê, ô, ơ, ư, ă but writes most tones as combining marks.
        String decomposed = windows1258Form(VIETNAMESE);
        byte[] body = ("<html><head><meta charset=\"windows-1258\"></head><body><p>" + decomposed + "</p></body></html>")
                .getBytes(cp1258);
        PageDecoder.Decoded decoded = decoder.decode(body, null, "https://example.vn/");
        assertThat(decoded.charset()).isEqualTo("windows-1258");
        assertThat(text(decoded)).isEqualTo(VIETNAMESE);
    }

    @Test
    void metaWinsWhenHeaderClaimsUtf8ButBytesAreNot() {
        String decomposed = windows1258Form(VIETNAMESE);
        byte[] body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">"
                + "</head><body><p>" + decomposed + "</p></body></html>").getBytes(Charset.forName("windows-1258"));
        PageDecoder.Decoded decoded = decoder.decode(body, "UTF-8", "https://example.vn/");
        assertThat(decoded.charset()).isEqualTo("windows-1258");
        assertThat(text(decoded)).isEqualTo(VIETNAMESE);
    }

    @Test
    void utf8BytesWinOverStaleLegacyHeader() {
        PageDecoder.Decoded decoded = decoder.decode(page("utf-8", StandardCharsets.UTF_8), "ISO-8859-1", "");
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(text(decoded)).isEqualTo(VIETNAMESE);
    }

    @Test
    void headerWinsWhenBothDecodeAndNeitherIsUtf8() {
        byte[] body = "<html><head><meta charset=\"windows-1251\"></head><body><p>Café</p></body></html>"
                .getBytes(Charset.forName("windows-1252"));
        assertThat(decoder.decode(body, "windows-1252", "").charset()).isEqualTo("windows-1252");
    }

    @Test
    void byteOrderMarkIsCertain() {
        byte[] utf8 = page("windows-1252", StandardCharsets.UTF_8);
        byte[] body = new byte[utf8.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, body, 3, utf8.length);
        PageDecoder.Decoded decoded = decoder.decode(body, "windows-1252", "");
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(text(decoded)).isEqualTo(VIETNAMESE);
    }

    @Test
    void undeclaredBytesAreUtf8WhenValidElseWindows1252() {
        assertThat(decoder.decode(page(null, StandardCharsets.UTF_8), null, "").charset()).isEqualTo("UTF-8");
        byte[] latin = "<p>Élysée</p>".getBytes(Charset.forName("windows-1252"));
        PageDecoder.Decoded decoded = decoder.decode(latin, null, "");
        assertThat(decoded.charset()).isEqualTo("windows-1252");
        assertThat(decoded.document().text()).isEqualTo("Élysée");
    }

    @Test
    void pageCutInsideACharacterIsStillUtf8() {
        byte[] full = page(null, StandardCharsets.UTF_8);
        byte[] prefix = Arrays.copyOf(full, byteIndexInside(full));
        assertThat(PageDecoder.isUtf8(prefix)).isTrue();
        assertThat(decoder.decode(prefix, "UTF-8", "").charset()).isEqualTo("UTF-8");
    }

    @Test
    void utf8CheckAgreesWithTheJdkDecoder() {
        String ascii = "<p>plain markup long enough to be skipped eight bytes at a time</p>";
        int[][] tails = {
            {0xC3, 0xA9}, {0xE1, 0xBB, 0x87}, {0xF0, 0x9F, 0x98, 0x80}, // é, ệ, an emoji: valid
            {0xC0, 0x80}, {0xE0, 0x80, 0x80}, {0xF0, 0x80, 0x80, 0x80}, // overlong forms
            {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80}, // surrogate, past U+10FFFF
            {0x80, 0x41}, {0xC3, 0x41}, {0xE1, 0xBB, 0x41}, // stray or missing continuation bytes
        };
        for (int offset = 0; offset < 9; offset++) {
            for (int[] tail : tails) {
                byte[] body = new byte[offset + tail.length + ascii.length()];
                byte[] prefix = ascii.substring(0, offset).getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(prefix, 0, body, 0, offset);
                for (int i = 0; i < tail.length; i++) {
                    body[offset + i] = (byte) tail[i];
                }
                byte[] rest = ascii.getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(rest, 0, body, offset + tail.length, rest.length);
                assertThat(PageDecoder.isUtf8(body))
                        .as("offset %d, bytes %s", offset, Arrays.toString(tail))
                        .isEqualTo(jdkSaysUtf8(body));
            }
        }
    }

    private static boolean jdkSaysUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Vietnamese as windows-1258 spells it: base letters precomposed, tone marks combining. */
    private static String windows1258Form(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFD);
        String[][] letters = {{"a\u0302", "â"}, {"e\u0302", "ê"}, {"o\u0302", "ô"}, {"o\u031B", "ơ"},
            {"u\u031B", "ư"}, {"a\u0306", "ă"}, {"A\u0302", "Â"}, {"E\u0302", "Ê"}, {"O\u0302", "Ô"},
            {"O\u031B", "Ơ"}, {"U\u031B", "Ư"}, {"A\u0306", "Ă"}};
        for (String[] l : letters) {
            d = d.replace(l[0], l[1]);
        }
        return d;
    }

    /** An index just after the first byte of the first multi-byte character. */
    private static int byteIndexInside(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) == 0xC0) {
                return i + 1;
            }
        }
        throw new AssertionError("no multi-byte character");
    }
}
