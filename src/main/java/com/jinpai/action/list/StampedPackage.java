package com.jinpai.action.list;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;

/**
 * The stream fastexcel writes its package into, re-zipping it as it comes: each entry goes on into a
 * {@link ZipOutputStream} under the same name, in the same order, with the same content, its time set to
 * the as-of date, and {@code docProps/core.xml}'s creation stamp (fastexcel's wall clock) replaced by the
 * as-of date. The result is the bytes the lists had when the package was written to a file first and
 * re-zipped from there, without that file: no second pass over the package, no write and read of its
 * uncompressed bytes.
 *
 * <p>fastexcel's stream (opczip) is a zip of local headers, each entry's data deflated (the lists set
 * level 0, so stored blocks: only framing to undo) and closed by a ZIP64 data descriptor, then the central
 * directory, which is skipped: the re-zip writes its own. The end of an entry's data is where its deflate
 * stream ends.
 */
final class StampedPackage extends OutputStream {

    static final String CORE_PROPERTIES = "docProps/core.xml";
    private static final Pattern CREATED = Pattern.compile(
            "(<dcterms:created xsi:type=\"dcterms:W3CDTF\">)[^<]*(</dcterms:created>)");

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int DATA_DESCRIPTOR = 0x08074b50;
    private static final int CENTRAL_DIRECTORY = 0x02014b50;
    /** Signature, version, flags, method, time, date, CRC, sizes, then the name's and the extra's lengths. */
    private static final int LOCAL_HEADER_BYTES = 30;
    private static final int NAME_LENGTH_AT = 26;
    private static final int EXTRA_LENGTH_AT = 28;
    /** opczip's descriptor: signature, CRC, then compressed size and size as 8 bytes each. */
    private static final int DATA_DESCRIPTOR_BYTES = 24;
    private static final int INFLATED_CHUNK = 64 * 1024;

    private enum State {
        HEADER,
        DATA,
        DESCRIPTOR,
        CENTRAL
    }

    private final ZipOutputStream target;
    private final LocalDateTime stamp;
    private final String created;
    private final Inflater inflater = new Inflater(true);
    private final byte[] inflated = new byte[INFLATED_CHUNK];
    private final byte[] single = new byte[1];
    /** The header or descriptor being gathered (they can arrive split across writes). */
    private byte[] pending = new byte[LOCAL_HEADER_BYTES + 256];
    private int pendingLength;
    private State state = State.HEADER;
    private ByteArrayOutputStream coreProperties;

    /** @param target the zip the package goes to; finished (not closed) by {@link #finish} */
    StampedPackage(ZipOutputStream target, LocalDate asOf) {
        this.target = target;
        this.stamp = asOf.atStartOfDay();
        // the stamp holds only digits, '-', ':' and 'T': safe as a regex replacement
        this.created = "$1" + stamp + ":00Z$2";
    }

    @Override
    public void write(int b) throws IOException {
        single[0] = (byte) b;
        write(single, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int end = off + len;
        while (off < end) {
            off = switch (state) {
                case HEADER -> header(b, off, end);
                case DATA -> data(b, off, end);
                case DESCRIPTOR -> descriptor(b, off, end);
                case CENTRAL -> end;
            };
        }
    }

    /** Finishes the zip: fails if fastexcel's package did not reach its central directory. */
    void finish() throws IOException {
        if (state != State.CENTRAL) {
            throw new ZipException("the XLSX package ended inside an entry (" + state + ")");
        }
        target.finish();
        inflater.end();
    }

    @Override
    public void close() {
        inflater.end();
    }

    private int header(byte[] b, int off, int end) throws IOException {
        off = gather(b, off, end, Integer.BYTES);
        if (pendingLength < Integer.BYTES) {
            return off;
        }
        int signature = int32(0);
        if (signature == CENTRAL_DIRECTORY) {
            state = State.CENTRAL;
            return off;
        }
        if (signature != LOCAL_HEADER) {
            throw new ZipException("not a local header in the XLSX package: " + Integer.toHexString(signature));
        }
        off = gather(b, off, end, LOCAL_HEADER_BYTES);
        if (pendingLength < LOCAL_HEADER_BYTES) {
            return off;
        }
        int nameLength = int16(NAME_LENGTH_AT);
        int headerLength = LOCAL_HEADER_BYTES + nameLength + int16(EXTRA_LENGTH_AT);
        off = gather(b, off, end, headerLength);
        if (pendingLength < headerLength) {
            return off;
        }
        String name = new String(pending, LOCAL_HEADER_BYTES, nameLength, StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(stamp);
        target.putNextEntry(entry);
        coreProperties = CORE_PROPERTIES.equals(name) ? new ByteArrayOutputStream() : null;
        inflater.reset();
        pendingLength = 0;
        state = State.DATA;
        return off;
    }

    private int data(byte[] b, int off, int end) throws IOException {
        inflater.setInput(b, off, end - off);
        try {
            while (!inflater.finished() && !inflater.needsInput()) {
                int n = inflater.inflate(inflated);
                if (coreProperties != null) {
                    coreProperties.write(inflated, 0, n);
                }
                else {
                    target.write(inflated, 0, n);
                }
            }
        }
        catch (DataFormatException ex) {
            throw new ZipException("the XLSX package's data cannot be read: " + ex.getMessage());
        }
        if (!inflater.finished()) {
            return end;
        }
        if (coreProperties != null) {
            String xml = coreProperties.toString(StandardCharsets.UTF_8);
            target.write(CREATED.matcher(xml).replaceFirst(created).getBytes(StandardCharsets.UTF_8));
            coreProperties = null;
        }
        target.closeEntry();
        state = State.DESCRIPTOR;
        return end - inflater.getRemaining();
    }

    private int descriptor(byte[] b, int off, int end) throws IOException {
        off = gather(b, off, end, DATA_DESCRIPTOR_BYTES);
        if (pendingLength < DATA_DESCRIPTOR_BYTES) {
            return off;
        }
        if (int32(0) != DATA_DESCRIPTOR) {
            throw new ZipException("no data descriptor after an entry of the XLSX package");
        }
        pendingLength = 0;
        state = State.HEADER;
        return off;
    }

    /** Appends to {@link #pending} until it holds {@code length} bytes or the input ends; the new offset. */
    private int gather(byte[] b, int off, int end, int length) {
        if (pending.length < length) {
            byte[] larger = new byte[length];
            System.arraycopy(pending, 0, larger, 0, pendingLength);
            pending = larger;
        }
        int n = Math.min(end - off, length - pendingLength);
        if (n > 0) {
            System.arraycopy(b, off, pending, pendingLength, n);
            pendingLength += n;
        }
        return off + Math.max(n, 0);
    }

    private int int16(int at) {
        return (pending[at] & 0xff) | (pending[at + 1] & 0xff) << 8;
    }

    private int int32(int at) {
        return int16(at) | int16(at + 2) << 16;
    }
}
