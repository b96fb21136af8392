package com.jinpai.action.list;

import org.jspecify.annotations.Nullable;

/**
 * A line of the index: a manager and the counts of its list, or (manager id null) the VIPs and
 * actions of a region that have no manager.
 *
 * @param vips VIPs assigned to the manager; for an unassigned line, the region's VIPs without one
 */
record IndexLine(
        @Nullable String managerId,
        @Nullable String managerName,
        @Nullable String region,
        @Nullable Integer capacity,
        long vips,
        long openActions,
        long p1,
        long p2,
        long p3,
        String listFile) {
}
