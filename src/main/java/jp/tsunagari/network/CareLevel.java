package jp.tsunagari.network;

/** 要介護度: from independent through 事業対象者 and 要支援1–2 to 要介護1–5. */
public enum CareLevel {
    INDEPENDENT, ELIGIBLE, SUPPORT_1, SUPPORT_2, CARE_1, CARE_2, CARE_3, CARE_4, CARE_5
}
