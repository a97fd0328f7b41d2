package jp.tsunagari.network;

import java.util.List;

/**
 * One committed change to the community-care graph. {@code element} is a node label ({@code Resident}) or a
 * relationship type ({@code SUPPORTS}); {@code ids} holds the node id, or the start and end ids of a relationship.
 */
public record NetworkChanged(Change change, String element, List<String> ids) {

    /** What happened to the element. {@code BULK_LOADED}: many elements at once (demo city, import): reload. */
    public enum Change { CREATED, UPDATED, REMOVED, BULK_LOADED }
}
