/**
 * Mailing each account manager their list after a run has written it: one message per manager with
 * an email address, the XLSX attached, a short body with counts per priority and the P1 items
 * ({@link com.jinpai.action.mail.ListMail}, a plain class). Every attempt is recorded in
 * {@code mail_delivery} by manager, month and the SHA-256 of the file, so a re-run never mails the
 * same list twice and a failed send is tried again by the next run of the month. A failed send
 * never fails the run: it is recorded and shown in the run summary.
 */
package com.jinpai.action.mail;
