package kz.kenes.search.index;

import kz.kenes.forum.thread.ThreadAppeal;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;

/**
 * A registered appeal's public document: its number with the thread's title as the title, its
 * status as the text, its body; the hit links to the post on the thread. Never the applicant or the
 * appeal's text, which search never sees.
 */
final class ThreadAppealBinder implements TypeBinder {
  @Override
  public void bind(TypeBindingContext context) {
    context
        .dependencies()
        .use("number")
        .use("status")
        .use("postId")
        .use("thread.title")
        .use("thread.language")
        .use("body.slug");
    IndexFields fields = new IndexFields(context.indexSchemaElement());
    context.bridge(
        ThreadAppeal.class,
        (TypeBridge<ThreadAppeal>)
            (doc, appeal, ctx) -> {
              fields.writeKind(doc, DocumentKind.APPEAL, appeal.appealId());
              doc.addValue(fields.threadId, appeal.thread().id());
              doc.addValue(fields.anchor, "appeal-of-" + appeal.postId());
              fields.writeBody(doc, appeal.body().slug());
              // the appeal's status is its own (REGISTERED…CLOSED), not a thread status: it is
              // shown as the hit's text, not mixed into the thread-status filter and facet
              fields.writeAnalyzedTitle(doc, appeal.number() + " — " + appeal.thread().title());
              fields.writeText(doc, appeal.status(), appeal.thread().language());
            });
  }
}
