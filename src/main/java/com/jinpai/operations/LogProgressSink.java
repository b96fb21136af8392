package com.jinpai.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Not a terminal (cron, systemd, a pipe): one plain log line per poll. */
final class LogProgressSink implements ProgressSink {

    private static final Logger log = LoggerFactory.getLogger(RunProgress.class);

    @Override
    public void show(ProgressSnapshot snapshot) {
        log.info(snapshot.logLine());
    }

    @Override
    public void close() {
    }
}
