-- A thread whose opening post moderation hid or removed is shown only to its author and staff.
alter table forum_thread add column hidden boolean default false not null;
update forum_thread set hidden = true
    where id in (select thread_id from post where post_number = 1 and visibility <> 'VISIBLE');
