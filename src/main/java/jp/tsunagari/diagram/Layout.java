package jp.tsunagari.diagram;

/** How a {@link NetworkGraph} places its nodes when it receives a graph. */
public enum Layout {
    /** ForceAtlas2 in a web worker for a while, from the saved positions where there are some. */
    FORCE_ATLAS2("forceatlas2"),
    /** The saved positions as they are; nodes without one go next to their neighbours. */
    KEEP("keep"),
    /** All nodes on a circle. */
    CIRCULAR("circular");

    final String json;

    Layout(String json) {
        this.json = json;
    }
}
