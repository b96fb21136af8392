package com.jinpai.ingest.quality;

import java.util.List;

/** A source in ERROR: the run stops before its actions, lists, mail and report are published. */
public class InputsFailedException extends RuntimeException {

    InputsFailedException(List<String> errors) {
        super("inputs not fit to publish, nothing was published: " + String.join("; ", errors)
                + ". Bring the exports up to date in the inbox (or run with another --as-of), then restart;"
                + " `jinpai check` shows every source");
    }
}
