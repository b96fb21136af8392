-- One OPEN action per customer, rule and situation: the situation key says what makes a situation
-- the same from run to run (the customer for most rules, the bill month for BILL_SHOCK_ALERT, the
-- ticket for COMPLAINT_ESCALATION; each rule declares it). While a situation carries on, later runs
-- refresh the open action's reason and numbers and keep its issue and due dates; an action of the
-- period, whatever its status, is never issued twice. Rows from before keep one per customer and rule.
ALTER TABLE vip_action ADD COLUMN situation VARCHAR(64) NOT NULL DEFAULT 'customer';
ALTER TABLE vip_action DROP PRIMARY KEY;
ALTER TABLE vip_action ADD PRIMARY KEY (customer_id, rule_code, situation, period);
-- the run that last refreshed an open action's numbers (its period stays the one it was issued in)
ALTER TABLE vip_action ADD COLUMN refreshed_period CHAR(7);
