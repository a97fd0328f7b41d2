package jp.tsunagari.network;

/** 同種 (one service kind) or 異種 (across kinds) provider network (002 §4-2 ②). */
public enum NetworkScope { SAME_KIND, CROSS_KIND }
