package com.jinpai.action.feedback;

/** The handed-back file cannot be read as a list at all (missing, wrong type, columns missing). */
public class FeedbackFileException extends RuntimeException {

    FeedbackFileException(String message) {
        super(message);
    }

    FeedbackFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
