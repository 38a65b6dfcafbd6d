package kz.kenes.search.index;

import kz.kenes.forum.platform.Language;
import kz.kenes.search.analysis.KenesAnalyzers;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;

/**
 * The fields every Kenes search document has, whatever entity it comes from, declared the same way
 * in every index so that one query (and its facets) runs over all of them.
 *
 * <p>Text is indexed in the Kazakh field always (its script folding also serves Latin-script,
 * transliterated and mixed text), and also in the Russian field (Snowball stemming) unless it is
 * English, which goes to the English field instead: Kazakh posts mix in Russian words and
 * sentences, and their Russian inflections are found that way. A title goes to the Kazakh field and
 * to the Russian or the English one. The plain text and title are stored for snippets; nothing
 * about the author is.
 */
public final class IndexFields {
  static final String KIND = "kind";
  static final String THREAD_ID = "threadId";
  static final String BODY = "body";
  static final String CATEGORY = "category";
  static final String TYPE = "type";
  static final String STATUS = "status";
  static final String LANGUAGE = "language";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String ANCHOR = "anchor";

  /**
   * One single-valued keyword for all facets: the document's body, category, type and status
   * together ({@code body:<slug>|category:ROADS|type:…|status:…}, the parts a document has). One
   * aggregation reads one value per match; {@link #facetParts} splits a key into its facets.
   */
  public static final String FACET = "facet";

  /** Separates the parts of a {@link #FACET} key; slugs and enum names never contain it. */
  private static final String FACET_SEPARATOR = "|";

  /** A document's sample bucket: its entity id modulo {@link #SAMPLE_RATE}. */
  public static final String SAMPLE = "sample";

  public static final int SAMPLE_RATE = 16;

  /**
   * A finer sample for very common words: the entity id modulo {@link #FINE_SAMPLE_RATE} (its
   * bucket 0 lies inside bucket 0 of {@link #SAMPLE}).
   */
  public static final String FINE_SAMPLE = "sample_fine";

  public static final int FINE_SAMPLE_RATE = 64;

  /** Full-text fields, by language: title_kk, title_ru, title_en, text_kk, text_ru, text_en. */
  static String titleField(Language language) {
    return TITLE + "_" + language.tag();
  }

  static String textField(Language language) {
    return TEXT + "_" + language.tag();
  }

  final IndexFieldReference<String> kind;
  final IndexFieldReference<Long> threadId;
  final IndexFieldReference<String> body;
  final IndexFieldReference<String> category;
  final IndexFieldReference<String> type;
  final IndexFieldReference<String> status;
  final IndexFieldReference<String> language;
  final IndexFieldReference<String> title;
  final IndexFieldReference<String> text;
  final IndexFieldReference<String> anchor;
  final IndexFieldReference<String> facet;
  final IndexFieldReference<String> sample;
  final IndexFieldReference<String> fineSample;
  final IndexFieldReference<String> titleKk;
  final IndexFieldReference<String> titleRu;
  final IndexFieldReference<String> titleEn;
  final IndexFieldReference<String> textKk;
  final IndexFieldReference<String> textRu;
  final IndexFieldReference<String> textEn;

  IndexFields(IndexSchemaElement schema) {
    kind = keyword(schema, KIND, false);
    threadId =
        schema
            .field(
                THREAD_ID, f -> f.asLong().projectable(Projectable.YES).searchable(Searchable.YES))
            .toReference();
    body = keyword(schema, BODY, false);
    category = keyword(schema, CATEGORY, false);
    type = keyword(schema, TYPE, false);
    status = keyword(schema, STATUS, false);
    facet =
        schema
            .field(
                FACET,
                f ->
                    f.asString()
                        .aggregable(Aggregable.YES)
                        .projectable(Projectable.NO)
                        .searchable(Searchable.NO))
            .toReference();
    language = keyword(schema, LANGUAGE, false);
    sample = schema.field(SAMPLE, f -> f.asString()).toReference();
    fineSample = schema.field(FINE_SAMPLE, f -> f.asString()).toReference();
    title = stored(schema, TITLE);
    text = stored(schema, TEXT);
    anchor = stored(schema, ANCHOR);
    titleKk = kazakh(schema, titleField(Language.KK));
    titleRu = analyzed(schema, titleField(Language.RU), KenesAnalyzers.RUSSIAN);
    titleEn = analyzed(schema, titleField(Language.EN), KenesAnalyzers.ENGLISH);
    textKk = kazakh(schema, textField(Language.KK));
    textRu = analyzed(schema, textField(Language.RU), KenesAnalyzers.RUSSIAN);
    textEn = analyzed(schema, textField(Language.EN), KenesAnalyzers.ENGLISH);
  }

  private static IndexFieldReference<String> keyword(
      IndexSchemaElement schema, String name, boolean aggregable) {
    return schema
        .field(
            name,
            f ->
                f.asString()
                    .projectable(Projectable.YES)
                    .aggregable(aggregable ? Aggregable.YES : Aggregable.NO))
        .toReference();
  }

  private static IndexFieldReference<String> stored(IndexSchemaElement schema, String name) {
    return schema
        .field(name, f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO))
        .toReference();
  }

  /** A Kazakh field: indexed with kenes_kazakh, searched with kenes_kazakh_query. */
  private static IndexFieldReference<String> kazakh(IndexSchemaElement schema, String name) {
    return schema
        .field(
            name,
            f ->
                f.asString()
                    .analyzer(KenesAnalyzers.KAZAKH)
                    .searchAnalyzer(KenesAnalyzers.KAZAKH_QUERY))
        .toReference();
  }

  private static IndexFieldReference<String> analyzed(
      IndexSchemaElement schema, String name, String analyzer) {
    return schema.field(name, f -> f.asString().analyzer(analyzer)).toReference();
  }

  /** The thread's body, type, category and status, for filters and facets. */
  void writeThreadFacets(DocumentElement doc, kz.kenes.forum.thread.Thread thread) {
    String slug = thread.body().slug();
    doc.addValue(body, slug);
    doc.addValue(type, thread.type().name());
    doc.addValue(category, thread.category().name());
    doc.addValue(status, thread.status().name());
    doc.addValue(
        facet,
        String.join(
            FACET_SEPARATOR,
            BODY + ":" + slug,
            CATEGORY + ":" + thread.category().name(),
            TYPE + ":" + thread.type().name(),
            STATUS + ":" + thread.status().name()));
  }

  /** The facets of a {@link #FACET} key: {@code body:<slug>}, {@code category:ROADS}, … */
  public static String[] facetParts(String key) {
    return key.split("\\" + FACET_SEPARATOR);
  }

  /** The kind and the sample buckets of a document. */
  void writeKind(DocumentElement doc, DocumentKind documentKind, long id) {
    doc.addValue(kind, documentKind.name());
    doc.addValue(sample, Long.toString(id % SAMPLE_RATE));
    doc.addValue(fineSample, Long.toString(id % FINE_SAMPLE_RATE));
  }

  /** The body of a document that belongs to no thread (a card, an appeal's status). */
  void writeBody(DocumentElement doc, String slug) {
    doc.addValue(body, slug);
    doc.addValue(facet, BODY + ":" + slug);
  }

  /** A title that is searched: stored for display and analyzed in the fields of its language. */
  void writeAnalyzedTitle(DocumentElement doc, String titleText) {
    if (titleText == null || titleText.isBlank()) {
      return;
    }
    writeStoredTitle(doc, titleText);
    doc.addValue(titleKk, titleText);
    if (kz.kenes.forum.content.TextLanguage.detect(titleText) == Language.EN) {
      doc.addValue(titleEn, titleText);
    } else {
      doc.addValue(titleRu, titleText);
    }
  }

  /** A title shown with the hit but not searched (a post shows its thread's title). */
  void writeStoredTitle(DocumentElement doc, String titleText) {
    doc.addValue(title, titleText);
  }

  /** The document's text, in the fields of its language, and the language. */
  void writeText(DocumentElement doc, String plainText, Language lang) {
    if (plainText != null && !plainText.isBlank()) {
      doc.addValue(text, plainText);
      doc.addValue(textKk, plainText);
      if (lang == Language.EN) {
        doc.addValue(textEn, plainText);
      } else {
        // Kazakh posts carry Russian words and whole Russian sentences often enough (and a
        // Russian post with one Kazakh letter is detected as Kazakh): stem them as Russian too
        doc.addValue(textRu, plainText);
      }
    }
    doc.addValue(language, lang.tag());
  }
}
