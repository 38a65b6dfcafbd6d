-- Moderation decisions visible on posts and threads: hidden or removed posts, misinformation
-- labels pointing to the answer or card that corrects them, locked threads.

alter table post add column visibility varchar(20) default 'VISIBLE' not null;
alter table post add column moderation_reason varchar(40);
alter table post add column label_href varchar(300);
alter table forum_thread add column locked boolean default false not null;
