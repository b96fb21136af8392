package com.jinpai.operations;

import java.io.PrintStream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * On a terminal: one progress bar per step, counting rows read with the rate. A step's row total is
 * not known in advance (files are streamed), so the bar is open-ended and shows count and speed.
 */
final class TerminalProgressSink implements ProgressSink {

    private final PrintStream stream;
    private ProgressBar bar;
    private String step;

    TerminalProgressSink(PrintStream stream) {
        this.stream = stream;
    }

    @Override
    public synchronized void show(ProgressSnapshot snapshot) {
        if (!snapshot.step().equals(step)) {
            close();
            step = snapshot.step();
            bar = new ProgressBarBuilder()
                    .setTaskName(snapshot.step())
                    .setInitialMax(-1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" rows", 1)
                    .showSpeed()
                    .setUpdateIntervalMillis(500)
                    .setMaxRenderedLength(120)
                    .setConsumer(new ConsoleProgressBarConsumer(stream, 120))
                    .build();
        }
        bar.stepTo(Math.max(snapshot.read(), snapshot.written()));
        bar.setExtraMessage(String.format(" written %,d", snapshot.written()));
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
            step = null;
        }
    }
}
