package jp.tsunagari.network;

/** 常設事業者団体型 or 会合型 (002 §4-4 (3)). */
public enum NetworkForm { STANDING_BODY, MEETING }
