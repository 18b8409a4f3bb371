package org.parley.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GzipPartsTest {

    @Test
    void partsCompressedApartReadAsOneGzipInAnyOrder() throws IOException {
        var page = GzipParts.Part.of("<html><body><main>The text of the page, ".repeat(500).getBytes(StandardCharsets.UTF_8));
        var header = GzipParts.Part.of("<header>Signed in as Amina · Ünïcödé</header>".getBytes(StandardCharsets.UTF_8));
        var empty = GzipParts.Part.of(new byte[0]);

        assertThat(gunzip(page, header, empty, page)).isEqualTo(plain(page, header, empty, page));
        assertThat(gunzip(header, page)).isEqualTo(plain(header, page));
        assertThat(page.deflated().length).as("compressed").isLessThan(page.plain().length / 10);
    }

    @Test
    void incompressibleBytesLongerThanTheBufferSurviveTheTrip() throws IOException {
        byte[] noise = new byte[100_000];
        new Random(7).nextBytes(noise);
        var part = GzipParts.Part.of(noise);

        assertThat(gunzip(part, part)).isEqualTo(plain(part, part));
    }

    @Test
    void theChecksumOfJoinedPartsIsTheChecksumOfTheirText() {
        var first = GzipParts.Part.of("Comment on paragraph 12(b)".getBytes(StandardCharsets.UTF_8));
        var second = GzipParts.Part.of("x".repeat(70_000).getBytes(StandardCharsets.UTF_8));
        var whole = new CRC32();
        whole.update(first.plain());
        whole.update(second.plain());

        assertThat(Crc32.combine(first.checksum(), second.checksum(), second.plain().length)).isEqualTo((int) whole.getValue());
        assertThat(Crc32.combine(0, first.checksum(), first.plain().length)).isEqualTo(first.checksum());
    }

    private static byte[] gunzip(GzipParts.Part... parts) throws IOException {
        byte[] gzip = GzipParts.gzip(parts);
        assertThat(gzip).hasSize(GzipParts.gzipLength(parts));
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    private static byte[] plain(GzipParts.Part... parts) {
        byte[] plain = GzipParts.plain(parts);
        assertThat(plain).hasSize(GzipParts.plainLength(parts));
        return plain;
    }
}
