package com.jinpai.value.tier;

import java.math.BigDecimal;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Role;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks that the tier lines rise strictly and that vip-from is on the ladder, and reports a wrong
 * value under its own setting
 * ({@code jinpai.tiers.gold}, with its file and line), which a bean-validation method on the
 * record cannot do: it would name a property that does not exist. Spring Boot applies the bean
 * named {@code configurationPropertiesValidator} to every settings record it binds; it is an
 * infrastructure bean because the binder needs it before other beans exist.
 */
@Component("configurationPropertiesValidator")
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class TierLinesValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return TierProperties.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        TierProperties tiers = (TierProperties) target;
        if (tiers.vipFrom() == Tier.NEW) {
            errors.rejectValue("vipFrom", "ladder", "must be a tier of the ladder (STANDARD .. DIAMOND), not NEW");
        }
        String[] outOfOrder = tiers.firstLineOutOfOrder();
        if (outOfOrder != null) {
            BigDecimal below = tiers.lines().get(outOfOrder[1]);
            errors.rejectValue(outOfOrder[0], "order", "must be above " + outOfOrder[1] + " ("
                    + below.toPlainString() + "): tier lines rise strictly, silver < gold < platinum < diamond");
        }
    }
}
