/**
 * Flyway migrations written in Java, for the one change SQL cannot say once for both databases:
 * the column comments of the data dictionary ({@code db/dictionary.yml}). H2 has
 * {@code COMMENT ON COLUMN}; MySQL and MariaDB set a comment only by restating the whole column,
 * which is read back from {@code information_schema} so that nothing but the comment changes.
 */
package db.migration.common;
