-- A moderator's stated reason is up to 500 characters (ModerationService.REASON_MAX), as in
-- review_item.last_reason and review_event.reason; the post kept only 40 and a longer reason
-- failed with a 500.

alter table post alter column moderation_reason set data type varchar(500);
