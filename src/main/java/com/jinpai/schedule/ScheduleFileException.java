package com.jinpai.schedule;

import java.util.List;

/** One or more schedule files are wrong; each problem names the file, the line and the field. */
public class ScheduleFileException extends RuntimeException {

    private final List<String> problems;

    ScheduleFileException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
