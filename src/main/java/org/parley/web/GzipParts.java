package org.parley.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip put together from parts compressed once each. Every part is deflated on its own and ends
 * on a full flush (byte-aligned, no reference to what came before), so parts can follow each
 * other in any order: a page's shared parts, compressed when it was rendered, around one
 * reader's header, compressed when theirs was. Joining costs a checksum, not a compression.
 * Compressed apart, a reader's CSRF token never shares a compression window with text that
 * others wrote, which is what a BREACH-style attack on compressed pages needs.
 */
final class GzipParts {

    /** Text as it is sent plain, the same deflated (raw, full-flushed, not finished), and its CRC-32. */
    record Part(byte[] plain, byte[] deflated, int checksum) {

        static Part of(byte[] plain) {
            var deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try {
                deflater.setInput(plain);
                var out = new ByteArrayOutputStream(plain.length / 4 + 64);
                var buffer = new byte[8192];
                int written;
                do {
                    written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                    out.write(buffer, 0, written);
                } while (written == buffer.length);
                var checksum = new CRC32();
                checksum.update(plain);
                return new Part(plain, out.toByteArray(), (int) checksum.getValue());
            } finally {
                deflater.end();
            }
        }

        int weight() {
            return plain.length + deflated.length + 64;
        }
    }

    /** Gzip's header: deflate, no name, no time, unknown system. */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    /** An empty last block (fixed codes, end of block only): closes the deflate stream. */
    private static final byte[] LAST_BLOCK = {3, 0};

    private static final int TRAILER = 8;

    /** Below this, gzip's header and trailer cost more than compression saves. */
    static final int WORTH_COMPRESSING = 2048;

    private GzipParts() {
    }

    /** Gzip at the fastest level, for a text sent once. */
    static byte[] fast(byte[] plain) {
        var out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (var gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static int plainLength(Part... parts) {
        int length = 0;
        for (var part : parts) {
            length += part.plain().length;
        }
        return length;
    }

    static int gzipLength(Part... parts) {
        int length = HEADER.length + LAST_BLOCK.length + TRAILER;
        for (var part : parts) {
            length += part.deflated().length;
        }
        return length;
    }

    /** The parts one after the other, as one array: the response is written at once. */
    static byte[] plain(Part... parts) {
        var out = new byte[plainLength(parts)];
        int at = 0;
        for (var part : parts) {
            System.arraycopy(part.plain(), 0, out, at, part.plain().length);
            at += part.plain().length;
        }
        return out;
    }

    /** The parts as one gzip, as one array; the checksum combined from theirs, not computed again. */
    static byte[] gzip(Part... parts) {
        var out = new byte[gzipLength(parts)];
        System.arraycopy(HEADER, 0, out, 0, HEADER.length);
        int at = HEADER.length;
        int checksum = 0;
        for (var part : parts) {
            System.arraycopy(part.deflated(), 0, out, at, part.deflated().length);
            at += part.deflated().length;
            checksum = Crc32.combine(checksum, part.checksum(), part.plain().length);
        }
        System.arraycopy(LAST_BLOCK, 0, out, at, LAST_BLOCK.length);
        at += LAST_BLOCK.length;
        at = putLittleEndian(out, at, checksum);
        putLittleEndian(out, at, plainLength(parts));
        return out;
    }

    private static int putLittleEndian(byte[] out, int at, int value) {
        for (int i = 0; i < 4; i++) {
            out[at + i] = (byte) (value >>> (8 * i));
        }
        return at + 4;
    }
}
