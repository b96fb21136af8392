/**
 * Cross-cutting configuration: where files live, the business calendar, database wiring.
 * Feature packages depend on this one; it depends on none of them.
 */
package com.jinpai.system;
