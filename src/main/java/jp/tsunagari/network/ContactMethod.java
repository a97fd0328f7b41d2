package jp.tsunagari.network;

/** How an individual network keeps in touch (002 §4-3 (3)): 連絡帳 at home, e-mail, meetings, phone. */
public enum ContactMethod { NOTEBOOK, EMAIL, MEETING, PHONE, OTHER }
