package kz.kenes.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageViewFilterTest {
  @Test
  void bodyPagesAndThreadPagesAreCountedNothingElse() {
    assertThat(PageViewFilter.target("/bodies/akzhol-rural-district"))
        .isEqualTo("body:akzhol-rural-district");
    assertThat(PageViewFilter.target("/threads/42")).isEqualTo("thread:42");
    assertThat(PageViewFilter.target("/threads/42/")).isEqualTo("thread:42");
    assertThat(PageViewFilter.target("/bodies/akzhol-rural-district/monitoring")).isNull();
    assertThat(PageViewFilter.target("/bodies/akzhol-rural-district/new")).isNull();
    assertThat(PageViewFilter.target("/search")).isNull();
    assertThat(PageViewFilter.target("/bodies/%3Cscript%3E")).isNull();
  }
}
