package org.parley.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {

    @Test
    void decodesUtf8AndStripsItsByteOrderMark() {
        byte[] text = "4.3 The UN’s role".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        assertThat(SourceDecoder.decode(text)).isEqualTo("4.3 The UN’s role");
        assertThat(SourceDecoder.decode(withBom)).isEqualTo("4.3 The UN’s role");
    }

    @Test
    void decodesUtf16WithByteOrderMark() {
        assertThat(SourceDecoder.decode(bytes(0xFF, 0xFE, 'H', 0, 'i', 0, 0x19, 0x20))).isEqualTo("Hi’");
        assertThat(SourceDecoder.decode(bytes(0xFE, 0xFF, 0, 'H', 0, 'i', 0x20, 0x19))).isEqualTo("Hi’");
    }

    @Test
    void rejectsBinary() {
        byte[] png = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');
        assertRejected(() -> SourceDecoder.decode(png), SourceDecoder.BINARY);
        assertRejected(() -> SourceDecoder.decode(bytes('a', 'b', 0, 'c')), SourceDecoder.BINARY);
        byte[] controls = "some text with too many control characters".getBytes(StandardCharsets.US_ASCII);
        controls[3] = 0x01;
        controls[8] = 0x02;
        assertRejected(() -> SourceDecoder.decode(controls), SourceDecoder.BINARY);
    }

    @Test
    void toleratesTabsFormFeedsAndLineBreaks() {
        assertThat(SourceDecoder.decode(bytes('a', '\t', 'b', '\r', '\n', '\f', 'c'))).isEqualTo("a\tb\r\n\fc");
    }

    @Test
    void rejectsInvalidUtf8WithTheOffsetOfTheFirstBadByte() {
        // 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in Windows-1252 as well
        assertRejected(() -> SourceDecoder.decode(bytes(0x66, 0x6F, 0xFF, 0x81)), SourceDecoder.ENCODING, 2);
        assertRejected(() -> SourceDecoder.decode(bytes('c', 'a', 'f', 0xE9, 0x8D)), SourceDecoder.ENCODING, 3);
        for (int undefined : new int[] {0x81, 0x8D, 0x8F, 0x90, 0x9D}) {
            assertRejected(() -> SourceDecoder.decode(bytes('U', 'N', undefined, 's')), SourceDecoder.ENCODING, 2);
        }
        // valid UTF-8 sequences elsewhere mean damaged UTF-8, not Windows-1252
        assertRejected(() -> SourceDecoder.decode(bytes('c', 'a', 'f', 0xC3, 0xA9, ' ', 0xE9)), SourceDecoder.ENCODING, 6);
        // a UTF-8 byte order mark says UTF-8: no second guess
        assertRejected(() -> SourceDecoder.decode(bytes(0xEF, 0xBB, 0xBF, 0x66, 0xC3, 0x28)), SourceDecoder.ENCODING, 4);
        assertRejected(() -> SourceDecoder.decode(bytes(0xEF, 0xBB, 0xBF, 'c', 'a', 'f', 0xE9)), SourceDecoder.ENCODING, 6);
    }

    @Test
    void decodesWindows1252WhenTheBytesAreNotUtf8() {
        assertThat(SourceDecoder.decode("4.3 The UN’s role – “digital” café …".getBytes(java.nio.charset.Charset.forName("windows-1252"))))
                .isEqualTo("4.3 The UN’s role – “digital” café …");
        assertThat(SourceDecoder.decode(bytes('U', 'N', 0x92, 's'))).isEqualTo("UN’s");
        assertThat(SourceDecoder.decode("Café".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("Café");
    }

    @Test
    void rejectsEmptyAndWhitespaceOnly() {
        assertRejected(() -> SourceDecoder.decode(new byte[0]), SourceDecoder.EMPTY);
        assertRejected(() -> SourceDecoder.decode(bytes(0xEF, 0xBB, 0xBF)), SourceDecoder.EMPTY);
        assertRejected(() -> SourceDecoder.decode(" \n\t\r\n".getBytes(StandardCharsets.UTF_8)), SourceDecoder.EMPTY);
        assertRejected(() -> SourceDecoder.decode("  \u00A0\n"), SourceDecoder.EMPTY);
        assertThat(SourceDecoder.decode(" pasted ")).isEqualTo(" pasted ");
    }

    private static void assertRejected(ThrowingCallable decoding, String key, Object... args) {
        assertThatThrownBy(decoding).isInstanceOfSatisfying(ImportRejected.class, rejected -> {
            assertThat(rejected.messageKey()).isEqualTo(key);
            assertThat(rejected.args()).containsExactly(args);
        });
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
