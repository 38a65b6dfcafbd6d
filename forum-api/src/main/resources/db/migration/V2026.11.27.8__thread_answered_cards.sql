-- What the thread page needs to know before it asks: whether the thread has an official answer
-- and how many confirmed-information cards are attached (it skips those queries otherwise).
alter table forum_thread add column answered boolean default false not null;
alter table forum_thread add column card_count integer default 0 not null;
update forum_thread set answered = true
    where id in (select thread_id from official_answer);
update forum_thread set card_count =
    (select count(*) from thread_claim_review c where c.thread_id = forum_thread.id);
