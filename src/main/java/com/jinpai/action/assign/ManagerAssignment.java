package com.jinpai.action.assign;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

import org.jspecify.annotations.Nullable;

/**
 * Picks a manager for each new VIP: among the managers of the customer's region whose load is
 * under capacity, the one with the lowest load, ties broken by manager id. Loads start from the
 * assignments kept from earlier runs and grow with every pick.
 */
public final class ManagerAssignment {

    /** A manager as the export gives it; capacity 0 or less means "not given". */
    public record Manager(String managerId, String region, int capacity) {
    }

    private static final Comparator<Slot> LEAST_LOADED = Comparator.comparingInt((Slot s) -> s.load)
            .thenComparing(s -> s.managerId);

    private final Map<String, PriorityQueue<Slot>> withRoomByRegion = new HashMap<>();
    private final Map<String, Slot> slots = new HashMap<>();

    /**
     * @param loads VIPs each manager already looks after (kept assignments), by manager id
     * @param defaultCapacity capacity of a manager whose export row gives none
     */
    public ManagerAssignment(Collection<Manager> managers, Map<String, Integer> loads, int defaultCapacity) {
        this(managers, loads, defaultCapacity, false);
    }

    private ManagerAssignment(Collection<Manager> managers, Map<String, Integer> loads, int defaultCapacity,
            boolean unlimited) {
        for (Manager manager : managers) {
            int capacity = unlimited ? Integer.MAX_VALUE
                    : manager.capacity() > 0 ? manager.capacity() : defaultCapacity;
            Slot slot = new Slot(manager.managerId(), capacity, loads.getOrDefault(manager.managerId(), 0));
            slots.put(slot.managerId, slot);
            if (slot.load < slot.capacity) {
                withRoomByRegion.computeIfAbsent(manager.region(), r -> new PriorityQueue<>(LEAST_LOADED)).add(slot);
            }
        }
    }

    /**
     * The same choice without capacity: spreads customers who are not VIP (and so have no
     * manager of their own) over the region's managers, least loaded first.
     */
    public static ManagerAssignment ignoringCapacity(Collection<Manager> managers, Map<String, Integer> loads) {
        return new ManagerAssignment(managers, loads, Integer.MAX_VALUE, true);
    }

    /** The manager for a new customer of the region, or empty when none of its managers has room. */
    public Optional<String> assign(@Nullable String region) {
        PriorityQueue<Slot> withRoom = region == null ? null : withRoomByRegion.get(region);
        if (withRoom == null || withRoom.isEmpty()) {
            return Optional.empty();
        }
        Slot slot = withRoom.poll();
        slot.load++;
        if (slot.load < slot.capacity) {
            withRoom.add(slot);
        }
        return Optional.of(slot.managerId);
    }

    /** A manager's load so far (kept plus assigned), 0 for an unknown manager. */
    public int load(String managerId) {
        Slot slot = slots.get(managerId);
        return slot == null ? 0 : slot.load;
    }

    private static final class Slot {

        private final String managerId;
        private final int capacity;
        private int load;

        Slot(String managerId, int capacity, int load) {
            this.managerId = managerId;
            this.capacity = capacity;
            this.load = load;
        }
    }
}
