package kz.kenes.search.index;

import kz.kenes.forum.claim.ClaimReview;
import kz.kenes.forum.content.TextLanguage;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;

/**
 * A confirmed-information card's document: the rumour as its title, the explanation as its text,
 * the body that confirmed it. Cards belong to no one thread; the official is not indexed.
 */
final class ClaimReviewBinder implements TypeBinder {
  @Override
  public void bind(TypeBindingContext context) {
    context.dependencies().use("claim").use("explanationCooked").use("body.slug");
    IndexFields fields = new IndexFields(context.indexSchemaElement());
    context.bridge(
        ClaimReview.class,
        (TypeBridge<ClaimReview>)
            (doc, card, ctx) -> {
              String text = PlainText.of(card.explanationCooked());
              fields.writeKind(doc, DocumentKind.CLAIM_REVIEW, card.id());
              doc.addValue(fields.anchor, "claim-" + card.id());
              fields.writeBody(doc, card.body().slug());
              fields.writeAnalyzedTitle(doc, card.claim());
              fields.writeText(doc, text, TextLanguage.detect(card.claim() + " " + text));
            });
  }
}
