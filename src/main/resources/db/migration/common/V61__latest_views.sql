-- Views for analysts who query the tables: the latest month's customer_month rows with the
-- customer's name and type, their current region, and their account manager joined on.
-- customer_latest: the latest month with rows (the open month's estimate once a nightly ran);
-- customer_latest_closed: the latest closed month (estimated = FALSE). Portable SQL.

CREATE VIEW customer_latest AS
SELECT cm.*, c.name AS customer_name, c.customer_type, c.join_date, c.region AS customer_region,
       a.manager_id, m.name AS manager_name, m.email AS manager_email
FROM customer_month cm
JOIN (SELECT MAX(bill_month) AS latest_month FROM customer_month) l ON cm.bill_month = l.latest_month
LEFT JOIN customer c ON c.customer_id = cm.customer_id
LEFT JOIN vip_assignment a ON a.customer_id = cm.customer_id
LEFT JOIN account_manager m ON m.manager_id = a.manager_id;

CREATE VIEW customer_latest_closed AS
SELECT cm.*, c.name AS customer_name, c.customer_type, c.join_date, c.region AS customer_region,
       a.manager_id, m.name AS manager_name, m.email AS manager_email
FROM customer_month cm
JOIN (SELECT MAX(bill_month) AS latest_month FROM customer_month WHERE estimated = FALSE) l
  ON cm.bill_month = l.latest_month
LEFT JOIN customer c ON c.customer_id = cm.customer_id
LEFT JOIN vip_assignment a ON a.customer_id = cm.customer_id
LEFT JOIN account_manager m ON m.manager_id = a.manager_id;
