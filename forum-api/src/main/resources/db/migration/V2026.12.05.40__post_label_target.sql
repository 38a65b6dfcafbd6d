-- A misinformation label stores what it points to (an official answer or a confirmed-information
-- card, by id) instead of a page path: links are the web layer's business (issue 18, item 4).
alter table post add column label_kind varchar(20);
alter table post add column label_target_id bigint;

update post
   set label_kind = 'CLAIM_REVIEW',
       label_target_id = (select c.id from claim_review c
                           where post.label_href like '%#claim-' || cast(c.id as varchar(20)))
 where label_href like '/bodies/%#claim-%';

update post
   set label_kind = 'OFFICIAL_ANSWER',
       label_target_id = (select min(a.id) from official_answer a where a.thread_id = post.thread_id)
 where label_href like '/threads/%#official-answer';

-- a label whose card or answer is gone keeps its reason but no link
update post set label_kind = null where label_target_id is null;

alter table post drop column label_href;
