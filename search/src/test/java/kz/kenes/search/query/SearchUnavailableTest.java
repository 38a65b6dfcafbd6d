package kz.kenes.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;

class SearchUnavailableTest {
  @Test
  void aRefusedConnectionOrA5xxStatusIsNotNow() {
    assertThat(
            SearchUnavailable.unreachable(
                new SearchException(
                    "HSEARCH400588: Request execution failed",
                    new ConnectException("Connection refused"))))
        .isTrue();
    assertThat(
            SearchUnavailable.unreachable(
                new SearchException(
                    "HSEARCH400007: Elasticsearch request failed: Status: 503 Service Unavailable")))
        .isTrue();
  }

  @Test
  void aWrongRequestIsNot() {
    assertThat(
            SearchUnavailable.unreachable(
                new SearchException("HSEARCH400007: Elasticsearch request failed: Status: 400")))
        .isFalse();
    assertThat(SearchUnavailable.unreachable(new SearchException("HSEARCH000501: bad field")))
        .isFalse();
  }
}
