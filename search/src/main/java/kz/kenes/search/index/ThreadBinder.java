package kz.kenes.search.index;

import kz.kenes.forum.thread.Thread;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;

/** A thread's document: its title (in the language the author chose) and its facets. */
final class ThreadBinder implements TypeBinder {
  @Override
  public void bind(TypeBindingContext context) {
    context
        .dependencies()
        .use("title")
        .use("type")
        .use("category")
        .use("status")
        .use("language")
        .use("body.slug");
    IndexFields fields = new IndexFields(context.indexSchemaElement());
    context.bridge(
        Thread.class,
        (TypeBridge<Thread>)
            (doc, thread, ctx) -> {
              fields.writeKind(doc, DocumentKind.THREAD, thread.id());
              doc.addValue(fields.threadId, thread.id());
              fields.writeThreadFacets(doc, thread);
              fields.writeAnalyzedTitle(doc, thread.title());
              fields.writeText(doc, null, thread.language());
            });
  }
}
