package com.jinpai.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import com.jinpai.jobs.ExecutionHistory;
import com.jinpai.jobs.ExecutionRecord;
import com.jinpai.jobs.JobRunner;
import com.jinpai.system.BusinessCalendar;
import org.springframework.context.annotation.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Component
@Scope("prototype")
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "What is running now, the last run of each job, and which months are closed.")
class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final ExecutionHistory history;
    private final JobRunner runner;
    private final JdbcTemplate jdbc;
    private final BusinessCalendar calendar;

    StatusCommand(ExecutionHistory history, JobRunner runner, JdbcTemplate jdbc, BusinessCalendar calendar) {
        this.history = history;
        this.runner = runner;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Today (" + calendar.zone() + "): " + calendar.today());
        List<ExecutionRecord> running = history.running();
        out.println();
        out.println(running.isEmpty() ? "Running: nothing" : "Running:");
        if (!running.isEmpty()) {
            HistoryCommand.print(running, out);
            out.println("An execution left STARTED by a process that died is resumed with `jinpai restart ID`.");
        }
        out.println();
        out.println("Last run of each job:");
        for (String job : runner.jobNames()) {
            List<ExecutionRecord> last = history.find(job, null, null, 1);
            out.printf("  %-12s %s%n", job, last.isEmpty() ? "never run"
                    : "execution " + last.get(0).id() + ", " + last.get(0).describe() + ", " + last.get(0).status()
                            + (last.get(0).end() == null ? "" : ", ended " + HistoryCommand.TIME.format(last.get(0).end())));
        }
        List<String> closed = jdbc.queryForList("SELECT DISTINCT bill_month FROM ingest_file WHERE source = "
                + "'bill-lines' AND status = 'LOADED' ORDER BY bill_month", String.class);
        out.println();
        out.println("Closed months (bill lines loaded): " + (closed.isEmpty() ? "none" : String.join(", ", closed)));
        out.flush();
        return ExitCodes.OK;
    }
}
