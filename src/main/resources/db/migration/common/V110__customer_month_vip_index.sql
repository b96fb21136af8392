-- The actions' reads of a month's VIPs (issue 11). Portable DDL for H2 (MODE=MySQL) and MySQL 8 /
-- MariaDB 10.11.

-- The assignment's release of customers no longer VIP, its ordered read of the VIPs that need a
-- manager, and the lists' read of the unassigned VIPs each touched every page of the month's wide
-- rows (a VIP is about one customer in ten, so nearly every page holds one): at 1,000,000
-- customers some 400 MB a read through the buffer pool. This index holds, for the month's VIPs
-- together (vip first), the few columns those reads need, so each reads a narrow range of it
-- instead. The evaluation writes a month's rows in customer order, so its entries are appended at
-- two points (vip FALSE and TRUE) of the month.
CREATE INDEX customer_month_vip_idx ON customer_month (bill_month, vip, customer_id, status, region, avg_spend, tier);
