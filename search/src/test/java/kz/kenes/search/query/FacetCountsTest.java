package kz.kenes.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import kz.kenes.search.index.IndexFields;
import org.junit.jupiter.api.Test;

/** A document's one facet key splits into its four facets; buckets come most frequent first. */
class FacetCountsTest {

  @Test
  void aKeySplitsIntoItsFacets() {
    assertThat(
            IndexFields.facetParts("body:aktogay-akimat|category:ROADS|type:QUESTION|status:OPEN"))
        .containsExactly("body:aktogay-akimat", "category:ROADS", "type:QUESTION", "status:OPEN");
    assertThat(IndexFields.facetParts("body:karaoba")).containsExactly("body:karaoba");
  }

  @Test
  void bucketsAreSummedPerFacetMostFrequentFirst() {
    Map<String, Long> counts = new HashMap<>();
    Map.of(
            "body:a|category:ROADS|type:QUESTION|status:OPEN", 5L,
            "body:b|category:ROADS|type:COMPLAINT|status:OPEN", 7L,
            "body:a|category:WATER_SUPPLY|type:QUESTION|status:ANSWERED", 3L,
            "body:c", 7L)
        .forEach((key, n) -> SearchService.countFacets(counts, key, n));
    assertThat(SearchService.buckets(counts, "body"))
        .containsExactly(
            new SearchResults.Bucket("a", 8),
            new SearchResults.Bucket("b", 7),
            new SearchResults.Bucket("c", 7));
    assertThat(SearchService.buckets(counts, "category"))
        .containsExactly(
            new SearchResults.Bucket("ROADS", 12), new SearchResults.Bucket("WATER_SUPPLY", 3));
    assertThat(SearchService.buckets(counts, "status"))
        .containsExactly(
            new SearchResults.Bucket("OPEN", 12), new SearchResults.Bucket("ANSWERED", 3));
  }
}
