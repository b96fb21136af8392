package com.jinpai.cli;

import java.util.List;

import com.jinpai.operations.ExecutionRecord;
import com.jinpai.operations.StepRecord;
import com.jinpai.system.BusinessCalendar;
import org.jspecify.annotations.Nullable;

/**
 * The documents {@code --output json} writes (README "Command line: JSON output"). Records keep
 * the field order; a field is never renamed or removed, only added.
 */
final class Json {

    private Json() {
    }

    record Executions(String zone, List<Execution> executions) {
    }

    record ExecutionDetail(String zone, Execution execution, List<Step> steps, @Nullable String failure) {
    }

    record Execution(long id, String job, @Nullable String month, @Nullable String asOf, @Nullable String rerun,
            String status, @Nullable String exitCode, @Nullable String started, @Nullable String ended) {
    }

    record Step(String name, String status, long read, long written, long filtered, long skipped, long commits,
            long rollbacks, @Nullable String started, @Nullable String ended, @Nullable String exitCode) {
    }

    static Execution execution(ExecutionRecord r, BusinessCalendar calendar) {
        return new Execution(r.id(), r.job(), r.month(), r.asOf(), r.rerun(), r.status(), r.exitCode(),
                calendar.iso(calendar.fromMachineTime(r.start())), calendar.iso(calendar.fromMachineTime(r.end())));
    }

    static Step step(StepRecord s, BusinessCalendar calendar) {
        return new Step(s.name(), s.status(), s.read(), s.written(), s.filtered(), s.skipped(), s.commits(),
                s.rollbacks(), calendar.iso(calendar.fromMachineTime(s.start())),
                calendar.iso(calendar.fromMachineTime(s.end())), s.exitCode());
    }

    /**
     * Why an execution failed, in one line: the root cause recorded in the failed step's exit
     * message (the job's when no step says), that is its last "Caused by", without the exception's
     * class name. Null when nothing failed.
     */
    static @Nullable String failure(ExecutionRecord execution, List<StepRecord> steps) {
        if (execution.recordedCause() != null) {
            return execution.recordedCause();
        }
        String message = steps.stream().filter(s -> "FAILED".equals(s.status())).map(StepRecord::exitMessage)
                .filter(m -> m != null && !m.isBlank()).findFirst()
                .orElse(execution.status().equals("FAILED") ? execution.exitMessage() : null);
        if (message == null || message.isBlank()) {
            return null;
        }
        String cause = message.lines().findFirst().orElse("").trim();
        for (String line : message.lines().toList()) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length()).trim();
            }
        }
        return cause.replaceFirst("^([a-z][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error): ", "");
    }
}
