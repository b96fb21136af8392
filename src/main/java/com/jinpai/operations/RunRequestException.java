package com.jinpai.operations;

/** A run request that cannot be carried out as asked (a usage error): the message says what to change. */
public class RunRequestException extends RuntimeException {

    public RunRequestException(String message) {
        super(message);
    }
}
