package kz.kenes.search.index;

import kz.kenes.forum.content.TextLanguage;
import kz.kenes.forum.thread.OfficialAnswer;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;

/** An official answer's document: the answer's text; the official's name is not indexed. */
final class OfficialAnswerBinder implements TypeBinder {
  @Override
  public void bind(TypeBindingContext context) {
    context
        .dependencies()
        .use("cooked")
        .use("thread.title")
        .use("thread.type")
        .use("thread.category")
        .use("thread.status")
        .use("thread.body.slug");
    IndexFields fields = new IndexFields(context.indexSchemaElement());
    context.bridge(
        OfficialAnswer.class,
        (TypeBridge<OfficialAnswer>)
            (doc, answer, ctx) -> {
              String text = PlainText.of(answer.cooked());
              fields.writeKind(doc, DocumentKind.OFFICIAL_ANSWER, answer.id());
              doc.addValue(fields.anchor, "official-answer");
              doc.addValue(fields.threadId, answer.thread().id());
              fields.writeThreadFacets(doc, answer.thread());
              fields.writeStoredTitle(doc, answer.thread().title());
              fields.writeText(doc, text, TextLanguage.detect(text));
            });
  }
}
