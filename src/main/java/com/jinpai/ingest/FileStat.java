package com.jinpai.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * What the file system says of a file without reading it: size, modification time, status change
 * time (ctime), device and inode, as one key. The ledger keeps the key of each file version it
 * loaded; a file whose key is that of its name's loaded version is unchanged and is skipped
 * without being read (the way {@code git status} and {@code make} trust file stat data).
 * <p>
 * Why that is safe: any write to a file, and any rename or copy over it, sets its ctime to the
 * current time, and no user command can set a ctime back ({@code touch} and {@code cp -p} set the
 * modification time, which then changes the ctime). A replacement with the same name and size
 * therefore has another key. A key is only recorded when the file's last change is at least
 * {@link #SETTLED} old when it is taken (before the file is read): a write in the same clock tick as
 * the read could otherwise leave the times as they were ("racy" timestamps); such a file is simply
 * hashed again next time, and its key recorded then.
 * <p>
 * Where the file system has no such attributes (not a Unix file system) there is no key, and every
 * file is hashed as before.
 */
record FileStat(@Nullable String key, boolean settled) {

    /** How old a file's last change must be for its key to be recorded: far above any file system's clock tick. */
    static final Duration SETTLED = Duration.ofSeconds(2);

    private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,dev,ino";

    /** The key to record for a file loaded now, or null (no key, or changed too recently to trust). */
    @Nullable String recordable() {
        return settled ? key : null;
    }

    static FileStat of(Path path, Instant now) {
        Map<String, Object> attributes;
        try {
            attributes = Files.readAttributes(path, ATTRIBUTES);
        }
        catch (UnsupportedOperationException | IllegalArgumentException ex) {
            return new FileStat(null, false);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + path, ex);
        }
        FileTime modified = (FileTime) attributes.get("lastModifiedTime");
        FileTime changed = (FileTime) attributes.get("ctime");
        String key = attributes.get("size") + " " + modified.to(TimeUnit.NANOSECONDS) + " "
                + changed.to(TimeUnit.NANOSECONDS) + " " + attributes.get("dev") + " " + attributes.get("ino");
        Instant last = modified.toInstant().isAfter(changed.toInstant()) ? modified.toInstant() : changed.toInstant();
        return new FileStat(key, !last.plus(SETTLED).isAfter(now));
    }
}
