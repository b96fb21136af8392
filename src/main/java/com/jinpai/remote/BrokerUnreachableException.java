package com.jinpai.remote;

/** The broker did not answer when a run or a worker started; the message is the one line to show. */
public class BrokerUnreachableException extends RuntimeException {

    BrokerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
