package com.jinpai.action.list;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The package is re-zipped as fastexcel writes it; the bytes must be those of the way it was done
 * before: fastexcel's package written to a file, then re-zipped from there with the as-of stamp.
 */
class StampedPackageTests {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);
    private static final Pattern CREATED = Pattern.compile(
            "(<dcterms:created xsi:type=\"dcterms:W3CDTF\">)[^<]*(</dcterms:created>)");

    @TempDir
    Path dir;

    /** Two sheets, one large enough to run over every buffer in between, text with CJK and markup to escape. */
    private static void workbook(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Jinpai", "1.0");
        workbook.setCompressionLevel(Deflater.NO_COMPRESSION);
        Worksheet large = workbook.newWorksheet("Actions");
        for (int r = 0; r < 20_000; r++) {
            large.value(r, 0, "C" + r);
            large.value(r, 1, "客户 " + r + " <&> reason that runs on".repeat(1 + r % 3));
            large.value(r, 2, r * 7);
            if (r % 5_000 == 4_999) {
                large.flush();
            }
        }
        large.finish();
        Worksheet small = workbook.newWorksheet("Index");
        small.value(0, 0, "manager");
        small.finish();
        workbook.finish();
    }

    @Test
    void givesTheBytesOfTheReZipOfTheWrittenPackage() throws IOException {
        Path raw = dir.resolve("raw.xlsx");
        try (OutputStream out = Files.newOutputStream(raw)) {
            workbook(out);
        }
        byte[] before = reZip(raw);

        assertThat(stamped(false)).isEqualTo(before);
        assertThat(stamped(true)).as("handed over a byte at a time: headers split across writes").isEqualTo(before);
        assertThat(new String(entry(before, StampedPackage.CORE_PROPERTIES), StandardCharsets.UTF_8))
                .contains(">2026-11-02T00:00:00Z</dcterms:created>");
    }

    @Test
    void failsOnAPackageThatEndsInsideAnEntry() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        workbook(whole);
        byte[] cut = java.util.Arrays.copyOf(whole.toByteArray(), whole.size() / 2);
        try (ZipOutputStream zip = new ZipOutputStream(OutputStream.nullOutputStream());
                StampedPackage stamped = new StampedPackage(zip, AS_OF)) {
            stamped.write(cut);
            assertThatThrownBy(stamped::finish).isInstanceOf(ZipException.class);
        }
    }

    private static byte[] stamped(boolean byteAtATime) throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(target); StampedPackage stamped = new StampedPackage(zip, AS_OF)) {
            OutputStream in = byteAtATime ? new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    stamped.write(b);
                }
            } : stamped;
            workbook(in);
            stamped.finish();
        }
        return target.toByteArray();
    }

    /** The re-zip the lists had before: the written package read back through its central directory. */
    private static byte[] reZip(Path xlsx) throws IOException {
        LocalDateTime stamp = AS_OF.atStartOfDay();
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(xlsx.toFile()); ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] content;
                try (InputStream data = in.getInputStream(entry)) {
                    content = data.readAllBytes();
                }
                if (StampedPackage.CORE_PROPERTIES.equals(entry.getName())) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    content = CREATED.matcher(xml).replaceFirst("$1" + stamp + ":00Z$2").getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(stamp);
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        }
        return target.toByteArray();
    }

    private byte[] entry(byte[] zip, String name) throws IOException {
        Path file = Files.write(dir.resolve("entry.zip"), zip);
        try (ZipFile in = new ZipFile(file.toFile()); InputStream data = in.getInputStream(in.getEntry(name))) {
            return data.readAllBytes();
        }
    }
}
