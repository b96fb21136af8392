package com.jinpai.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A file of one source in the inbox. Its name is its path relative to the inbox with '/'
 * separators: the ledger identifies a file by source and name, so that a corrected export under
 * the same name replaces the earlier one.
 */
record InboxFile(Source source, Path path, String name) {

    /** The source's files under the inbox, in name order (for monthly and daily files, date order). */
    static List<InboxFile> list(Path inbox, Source source, SourceMapping mapping) {
        if (!Files.isDirectory(inbox)) {
            throw new IllegalArgumentException("inbox " + inbox.toAbsolutePath() + " is not a folder; set jinpai.inbox"
                    + " or the job parameter 'inbox'");
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + mapping.patternOr(source));
        try (Stream<Path> paths = Files.walk(inbox)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> matcher.matches(inbox.relativize(path)))
                    .map(path -> new InboxFile(source, path, nameOf(inbox, path)))
                    .sorted(Comparator.comparing(InboxFile::name))
                    .toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot list the inbox " + inbox.toAbsolutePath(), ex);
        }
    }

    static InboxFile of(Path inbox, Source source, Path path) {
        String name = nameOf(inbox, path);
        if (name.startsWith("../") || name.equals("..")) {
            throw new IllegalArgumentException(path + " is not in the inbox " + inbox.toAbsolutePath());
        }
        return new InboxFile(source, path, name);
    }

    /** The month the file name carries (the first match of the mapping's file-month pattern), or null. */
    @Nullable YearMonth monthInName(SourceMapping mapping) {
        String fileName = path.getFileName().toString();
        Matcher matcher = Pattern.compile(mapping.fileMonth()).matcher(fileName);
        while (matcher.find()) {
            int month = Integer.parseInt(matcher.group(2));
            if (month >= 1 && month <= 12) {
                return YearMonth.of(Integer.parseInt(matcher.group(1)), month);
            }
        }
        return null;
    }

    private static String nameOf(Path inbox, Path path) {
        return inbox.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }
}
