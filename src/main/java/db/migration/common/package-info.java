/**
 * Flyway migrations written in Java, for what SQL cannot say once for both databases or what the
 * evaluation's own code must compute: the column comments of the data dictionary
 * ({@code db/dictionary.yml}), where H2 has {@code COMMENT ON COLUMN} and MySQL and MariaDB set a
 * comment only by restating the whole column (read back from {@code information_schema} so that
 * nothing but the comment changes); the value summaries of months evaluated before they were kept
 * ({@code V87}, added up by the same code as a month's evaluation, so no figure is defined twice);
 * and the customer buckets of rows written before they were stored ({@code V91}, a CRC-32 that H2
 * has no SQL function for, computed by the evaluation's own rule).
 */
package db.migration.common;
