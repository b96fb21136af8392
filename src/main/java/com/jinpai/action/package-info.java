/**
 * VIP action lists for account managers: who looks after each VIP ({@code vip_assignment}), what
 * each manager is asked to do and by when ({@code vip_action}), the files they receive every
 * morning and the feedback they hand back.
 *
 * <p>This package holds only the vocabulary every part shares ({@link com.jinpai.action.ActionRule},
 * {@link com.jinpai.action.Priority}, {@link com.jinpai.action.ActionStatus}) and the settings
 * ({@link com.jinpai.action.ActionsProperties}, {@code config/actions.yml}), so that the parts depend
 * on it and never the other way round: the rules are plain classes in {@code action.rule}, the
 * assignment of VIPs to managers in {@code action.assign}, the CSV/XLSX lists in {@code action.list},
 * the hand-back in {@code action.feedback}, and the run's work that puts them together (assign,
 * expire, issue, write, mail) in {@code action.flow}. {@code LayoutTests} holds them free of cycles.
 *
 * <p>It reads the tables of ingest ({@code customer}, {@code account_manager}, {@code complaint}) and
 * of customer value ({@code customer_month}, {@code top_n_change}) and writes only its own.
 */
package com.jinpai.action;
