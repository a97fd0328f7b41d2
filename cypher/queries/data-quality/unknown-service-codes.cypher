// title.ja: 未定義のサービス種別コード
// title.en: Service codes that are not service kinds
// description.ja: 支援（SUPPORTS）や同種事業者間ネットワークの service に書かれたコードのうち、ServiceKind に定義の
//   ないもの（綴りの誤りなど）と、その件数。
// description.en: Service codes written on support ties (SUPPORTS) or same-kind provider networks that are not a
//   ServiceKind code (misspellings and the like), with how often each occurs.
CALL () {
  MATCH ()-[s:SUPPORTS]->() RETURN s.service AS code, 'SUPPORTS' AS foundIn
  UNION ALL
  MATCH (n:ProviderNetwork {scope: 'SAME_KIND'}) RETURN n.service AS code, 'ProviderNetwork' AS foundIn
}
WITH code, foundIn WHERE code IS NULL OR NOT EXISTS { (:ServiceKind {code: code}) }
RETURN code, foundIn, count(*) AS occurrences
ORDER BY foundIn, code;
