/**
 * VIP action lists for account managers: who looks after each VIP ({@code vip_assignment}), what
 * each manager is asked to do and by when ({@code vip_action}), the files they receive every
 * morning and the feedback they hand back.
 *
 * <p>This package holds the vocabulary ({@link com.jinpai.action.ActionRule},
 * {@link com.jinpai.action.Priority}, {@link com.jinpai.action.ActionStatus}), the settings
 * ({@link com.jinpai.action.ActionsProperties}, {@code config/actions.yml}), the database work of a
 * run (assign, expire, issue: set-based SQL or one streamed read with batched writes) and the thin
 * Spring Batch wiring ({@code actionsFlow}). The rules themselves are plain classes in
 * {@code action.rule}, the CSV/XLSX lists in {@code action.list}, the hand-back in
 * {@code action.feedback}.
 *
 * <p>It reads the tables of ingest ({@code customer}, {@code account_manager}, {@code complaint}) and
 * of customer value ({@code customer_month}, {@code top_n_change}) and writes only its own.
 */
package com.jinpai.action;
