/**
 * Flyway migrations written in Java: the value summaries of months evaluated before they were kept
 * ({@code V87}, added up by the same code as a month's evaluation, so no figure is defined twice),
 * and the one change SQL cannot say once for both databases: the column comments of the data dictionary ({@code db/dictionary.yml}). H2 has
 * {@code COMMENT ON COLUMN}; MySQL and MariaDB set a comment only by restating the whole column,
 * which is read back from {@code information_schema} so that nothing but the comment changes.
 */
package db.migration.common;
