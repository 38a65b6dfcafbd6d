package kz.kenes.search.index;

import kz.kenes.forum.claim.ClaimReview;
import kz.kenes.forum.thread.OfficialAnswer;
import kz.kenes.forum.thread.Post;
import kz.kenes.forum.thread.Thread;
import kz.kenes.forum.thread.ThreadAppeal;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;

/**
 * The search mapping of forum-api's entities, programmatic because forum-api knows nothing of
 * search. Named in persistence.xml ({@code hibernate.search.mapping.configurer}).
 *
 * <p>Associations to the thread and the body are followed SHALLOW: a post's document copies its
 * thread's title and facets when the post is indexed; a thread's type, category and body never
 * change, its title and status may (then the thread's own document is current at once and its
 * posts' copies after the next reindex, see docs/operations.md).
 */
public class KenesSearchMapping implements HibernateOrmSearchMappingConfigurer {
  public static final String THREAD_INDEX = "thread";
  public static final String POST_INDEX = "post";
  public static final String OFFICIAL_ANSWER_INDEX = "official_answer";
  public static final String CLAIM_REVIEW_INDEX = "claim_review";
  public static final String APPEAL_INDEX = "appeal";

  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

    var thread = mapping.type(Thread.class);
    thread
        .indexed()
        .index(THREAD_INDEX)
        .routingBinder(new VisibleThreadRouting<>(Thread.class, "hidden", t -> t));
    thread.binder(new ThreadBinder());
    thread.property("body").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

    var post = mapping.type(Post.class);
    post.indexed().index(POST_INDEX).routingBinder(new VisiblePostRouting());
    post.binder(new PostBinder());
    post.property("thread").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

    var answer = mapping.type(OfficialAnswer.class);
    answer
        .indexed()
        .index(OFFICIAL_ANSWER_INDEX)
        .routingBinder(
            new VisibleThreadRouting<>(OfficialAnswer.class, "thread.hidden", a -> a.thread()));
    answer.binder(new OfficialAnswerBinder());
    answer.property("thread").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

    var appeal = mapping.type(ThreadAppeal.class);
    appeal
        .indexed()
        .index(APPEAL_INDEX)
        .routingBinder(
            new VisibleThreadRouting<>(ThreadAppeal.class, "thread.hidden", a -> a.thread()));
    appeal.binder(new ThreadAppealBinder());
    appeal.property("thread").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    appeal.property("body").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

    var card = mapping.type(ClaimReview.class);
    card.indexed().index(CLAIM_REVIEW_INDEX);
    card.binder(new ClaimReviewBinder());
    card.property("body").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
  }
}
