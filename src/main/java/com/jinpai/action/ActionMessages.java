package com.jinpai.action;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.stream.Collectors;

import com.jinpai.value.tier.Tier;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Everything a manager reads, in the list's language ({@code jinpai.actions.language}): column
 * headers, rule and tier names, reasons, the mail. The words live in Spring {@link MessageSource}
 * bundles ({@code messages/actions_zh.properties}, {@code messages/actions_en.properties}); a
 * language without a bundle is refused at start, naming the setting.
 */
public final class ActionMessages {

    public static final String BUNDLE = "messages/actions";

    private final MessageSource source;
    private final Locale locale;
    private final DateTimeFormatter month;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public ActionMessages(MessageSource source, Locale locale) {
        this.source = source;
        this.locale = locale;
        try {
            this.month = DateTimeFormatter.ofPattern(source.getMessage("format.month", null, locale), locale);
            this.date = DateTimeFormatter.ofPattern(source.getMessage("format.date", null, locale), locale);
            this.dateTime = DateTimeFormatter.ofPattern(source.getMessage("format.date-time", null, locale), locale);
        }
        catch (NoSuchMessageException | MissingResourceException ex) {
            throw new IllegalArgumentException("jinpai.actions.language '" + locale.toLanguageTag()
                    + "' (config/actions.yml) has no message bundle: use zh (Chinese) or en (English)", ex);
        }
    }

    /** The bundles from the class path: UTF-8, and never the machine's own language as a fallback. */
    public static MessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename(BUNDLE);
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }

    public static ActionMessages of(Locale locale) {
        return new ActionMessages(bundles(), locale);
    }

    public Locale locale() {
        return locale;
    }

    /** A reason sentence with its numbers. */
    public String text(Reason reason) {
        Object[] args = reason.args().stream().map(this::argument).toArray();
        return source.getMessage("reason." + reason.code(), args, locale);
    }

    public String rule(ActionRule rule) {
        return source.getMessage("rule." + rule.name(), null, locale);
    }

    /** A tier's name; a name that is no tier is shown as it is. */
    public String tier(String tier) {
        return source.getMessage("tier." + tier, null, tier, locale);
    }

    /** The header of a list column, by its id ({@code ActionListColumns}). */
    public String column(String id) {
        return source.getMessage("column." + id, null, id, locale);
    }

    /** Any other word or sentence of the bundles (mail subject and body, index lines). */
    public String get(String key, Object... args) {
        return source.getMessage(key, args, locale);
    }

    public String date(LocalDate day) {
        return date.format(day);
    }

    private Object argument(Object value) {
        if (value instanceof Reason clause) {
            return text(clause);
        }
        if (value instanceof YearMonth ym) {
            return month.format(ym);
        }
        if (value instanceof LocalDateTime time) {
            return dateTime.format(time);
        }
        if (value instanceof LocalDate day) {
            return date.format(day);
        }
        if (value instanceof List<?> items) {
            return items.stream().map(item -> String.valueOf(argument(item)))
                    .collect(Collectors.joining(source.getMessage("format.list-separator", null, locale)));
        }
        if (value instanceof Tier tier) {
            return tier(tier.name());
        }
        // numbers arrive worded by the rule: MessageFormat must not re-format them with grouping
        return String.valueOf(value);
    }
}
