package com.jinpai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.jinpai.action.feedback.FeedbackFileException;
import com.jinpai.action.feedback.FeedbackImportResult;
import com.jinpai.action.feedback.FeedbackImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-feedback", mixinStandardHelpOptions = true,
        description = "Read a manager's action list handed back (CSV or XLSX) with the status column filled in: "
                + "DONE or a note marks the action DONE. Rows that match no open action are listed.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row that asked for a change found its action",
                "1:some rows matched no open action (listed with their row numbers)",
                "2:usage error, or the file is not a Jinpai action list"})
class ImportFeedbackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", converter = Converters.CallerPath.class,
            description = "the list handed back (.csv or .xlsx)")
    Path file;

    private final Launcher launcher;

    ImportFeedbackCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FeedbackImportResult result;
        try {
            result = launcher.bean(Needs.JOBS, FeedbackImportService.class).importFeedback(file);
        }
        catch (FeedbackFileException ex) {
            err.println(ex.getMessage());
            return ExitCodes.USAGE;
        }
        out.println(result.summary());
        for (FeedbackImportResult.Unmatched row : result.unmatched()) {
            err.println("  " + row);
        }
        return result.allMatched() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
    }
}
