package kz.kenes.search.index;

import kz.kenes.forum.content.TextLanguage;
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.thread.Post;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;

/**
 * A post's document: its cooked text as plain text, in the language the thread's author chose for
 * the opening post and the detected language for replies; the thread's title only for display.
 */
final class PostBinder implements TypeBinder {
  @Override
  public void bind(TypeBindingContext context) {
    context
        .dependencies()
        .use("cooked")
        .use("number")
        .use("thread.title")
        .use("thread.type")
        .use("thread.category")
        .use("thread.status")
        .use("thread.language")
        .use("thread.body.slug");
    IndexFields fields = new IndexFields(context.indexSchemaElement());
    context.bridge(
        Post.class,
        (TypeBridge<Post>)
            (doc, post, ctx) -> {
              String text = PlainText.of(post.cooked());
              Language language =
                  post.number() == 1 ? post.thread().language() : TextLanguage.detect(text);
              fields.writeKind(doc, DocumentKind.POST, post.id());
              doc.addValue(fields.anchor, "post-" + post.number());
              doc.addValue(fields.threadId, post.thread().id());
              fields.writeThreadFacets(doc, post.thread());
              fields.writeStoredTitle(doc, post.thread().title());
              fields.writeText(doc, text, language);
            });
  }
}
