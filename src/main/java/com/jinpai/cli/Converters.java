package com.jinpai.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Month and date options with messages that show the expected form. */
final class Converters {

    private Converters() {
    }

    static final class Month implements ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            try {
                return YearMonth.parse(value.trim());
            }
            catch (DateTimeParseException ex) {
                throw new TypeConversionException("'" + value + "' is not a month; use YYYY-MM, e.g. 2026-10");
            }
        }
    }

    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            }
            catch (DateTimeParseException ex) {
                throw new TypeConversionException("'" + value + "' is not a date; use YYYY-MM-DD, e.g. 2026-11-23");
            }
        }
    }

    /**
     * A file or folder given on the command line, relative to where the admin typed the command: the
     * {@code jinpai} launcher changes to the project folder and passes the caller's folder in
     * {@code JINPAI_CWD}.
     */
    static final class CallerPath implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            return resolve(value, System.getenv("JINPAI_CWD"));
        }

        static Path resolve(String value, String callerFolder) {
            Path path = Path.of(value.trim());
            if (path.isAbsolute() || callerFolder == null || callerFolder.isBlank()) {
                return path.toAbsolutePath().normalize();
            }
            return Path.of(callerFolder).resolve(path).normalize();
        }
    }
}
