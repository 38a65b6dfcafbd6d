/**
 * Search: the only module that imports Lucene or Hibernate Search. Kazakh and Russian analysis,
 * indexing after commit and the search API. Depends on forum-api; never imports moderation.
 */
package kz.kenes.search;
