/**
 * Which account manager looks after which VIP ({@code vip_assignment}). Every VIP of the month
 * has exactly one row: an existing assignment is kept while the customer stays VIP and the manager
 * stays in the manager export; a new VIP goes to the manager of its region with the lowest load
 * under capacity (ties by manager id); a VIP no manager can take is stored as unassigned for its
 * region and tried again next run. The choice itself is the plain
 * {@link com.jinpai.action.assign.ManagerAssignment}; {@link com.jinpai.action.assign.AssignmentRefresh}
 * does the set-based SQL around it.
 */
package com.jinpai.action.assign;
