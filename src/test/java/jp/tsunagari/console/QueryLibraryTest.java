package jp.tsunagari.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The library's files parse, cover every theme, and the header format is enforced with the file and line named. */
class QueryLibraryTest {

    final QueryLibrary library = new QueryLibrary();

    @Test
    void theLibraryHasAtLeastTwentyDocumentedQueriesInEveryTheme() {
        assertThat(library.all()).hasSizeGreaterThanOrEqualTo(20);
        Map<String, Long> perTheme = library.all().stream()
                .collect(Collectors.groupingBy(LibraryQuery::theme, Collectors.counting()));
        assertThat(perTheme.keySet()).containsExactlyInAnyOrderElementsOf(QueryLibrary.THEMES);
        assertThat(perTheme.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
        assertThat(library.all()).allSatisfy(q -> {
            assertThat(q.titleJa()).as(q.id()).isNotBlank();
            assertThat(q.titleEn()).as(q.id()).isNotBlank();
            assertThat(q.descriptionJa()).as(q.id()).isNotBlank().doesNotContain("//");
            assertThat(q.descriptionEn()).as(q.id()).isNotBlank().doesNotContain("//");
            assertThat(q.cypher()).as(q.id()).doesNotEndWith(";").doesNotStartWith("//");
            q.parameters().forEach(p -> assertThat(q.cypher()).as(q.id()).contains("$" + p.name()));
        });
    }

    @Test
    void headerLinesWithContinuationsAndTypedParametersParse() {
        LibraryQuery q = QueryLibrary.parse("isolation/x", """
                // title.ja: 題
                // title.en: Title
                // description.ja: 説明の
                //   続き
                // description.en: A description
                //   continued
                // param: since DATE = 2026-04-01 | この日以降 | on or after
                // param: areas LIST<STRING> = a, b | 地域 | areas
                // param: n INTEGER = 3 | 数 | number
                // suppress: residents, needing
                MATCH (r) WHERE r.x >= date($since) AND r.a IN $areas RETURN count(r) AS residents LIMIT $n;
                """);
        assertThat(q.descriptionJa()).isEqualTo("説明の続き");
        assertThat(q.descriptionEn()).isEqualTo("A description continued");
        assertThat(q.title(Locale.JAPANESE)).isEqualTo("題");
        assertThat(q.defaults()).containsExactly(Map.entry("since", LocalDate.of(2026, 4, 1)),
                Map.entry("areas", List.of("a", "b")), Map.entry("n", 3L));
        assertThat(q.suppress()).containsExactly("residents", "needing");
        assertThat(q.cypher()).startsWith("MATCH (r)").endsWith("LIMIT $n");
    }

    @Test
    void aMalformedHeaderNamesTheFileAndLine() {
        assertThatThrownBy(() -> QueryLibrary.parse("isolation/bad", """
                // title.ja: 題
                // title.en: Title
                // param: since DATE = yesterday | 日 | day
                RETURN 1"""))
                .hasMessageContaining("isolation/bad.cypher line 3").hasMessageContaining("DATE expected");
        assertThatThrownBy(() -> QueryLibrary.parse("isolation/bad", "// title.ja: 題\nRETURN 1"))
                .hasMessageContaining("'title.en' is missing");
    }

    @Test
    void searchFindsByWordsInEitherLanguage() {
        assertThat(library.search("見守り", Locale.JAPANESE)).extracting(LibraryQuery::id)
                .contains("isolation/living-alone-without-watching");
        assertThat(library.search("joined since", Locale.ENGLISH)).extracting(LibraryQuery::id)
                .containsExactly("provider-networks/joined-since");
        assertThat(library.search("no such words at all", Locale.ENGLISH)).isEmpty();
        // A parameter's description counts too: "the resident's id" is said only there.
        assertThat(library.search("住民のID", Locale.JAPANESE)).extracting(LibraryQuery::id)
                .contains("needs-coverage/resident-support");
    }
}
