// title.ja: 開始日のない関係
// title.en: Ties with no start date
// description.ja: 開始日（since）を持つはずの関係（SUPPORTS・MEMBER_OF・REFERS_TO・SITS_ON）のうち、since のないものの
//   数を種類ごとに数えます。「いつから変わったか」を問えなくなります。
// description.en: Per type of the ties that should carry a start date (SUPPORTS, MEMBER_OF, REFERS_TO, SITS_ON), how
//   many have no since: "what changed when" cannot be asked of them.
UNWIND ['SUPPORTS', 'MEMBER_OF', 'REFERS_TO', 'SITS_ON'] AS tie
CALL (tie) {
  MATCH ()-[t]->() WHERE type(t) = tie
  RETURN count(t) AS ties, count(CASE WHEN t.since IS NULL THEN t END) AS withoutSince
}
RETURN tie, ties, withoutSince
ORDER BY tie;
