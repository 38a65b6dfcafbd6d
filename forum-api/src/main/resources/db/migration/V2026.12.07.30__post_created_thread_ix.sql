-- The monitoring counts a week's posts of a body and the bodies beneath it (issue 16): with the
-- thread in the index, the week's range is read from the index alone (PostgreSQL: an index-only
-- scan) and joined to the few threads of those bodies, without visiting each post's row.
create index post_created_thread_ix on post (created_at, thread_id);
drop index post_created_ix;
