-- Questions to public sessions are moderated like posts (issue 14): a review item is of a post or of
-- a session question, never both; flags and the review history hang on the item as before.
alter table review_item alter column post_id drop not null;
alter table review_item add column question_id bigint references session_question (id);
alter table review_item add constraint review_item_question_uk unique (question_id);
alter table review_item add constraint review_item_target_ck
    check ((post_id is null and question_id is not null) or (post_id is not null and question_id is null));
