-- The head of a body (who extends appeal terms), the flag score that hides a post pending review,
-- notifications of moderation decisions and appeal steps,
-- and the member's email address as the identity provider last told it (for email notifications).

alter table staff_assignment drop constraint staff_role_ck;
alter table staff_assignment add constraint staff_role_ck check (role in ('OFFICIAL', 'MODERATOR', 'HEAD'));
alter table body add column flag_threshold integer default 3 not null;
alter table member add column email varchar(254);
alter table notification drop constraint notification_kind_ck;
alter table notification add constraint notification_kind_ck
    check (kind in ('OFFICIAL_ANSWER', 'REPLY', 'THRESHOLD_REACHED', 'CLAIM_REVIEW', 'POST_MODERATED', 'APPEAL_UPDATE'));
alter table forum_thread add column escalated boolean default false not null;
