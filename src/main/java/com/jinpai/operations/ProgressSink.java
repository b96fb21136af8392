package com.jinpai.operations;

/** Where progress goes: a progress bar on a terminal, log lines otherwise. */
interface ProgressSink {

    void show(ProgressSnapshot snapshot);

    /** The run ended: finish the display so the run summary prints on a clean line. */
    void close();
}
