-- Notifications without a thread (public sessions, the monitoring digest): the thread becomes
-- optional; such a notification carries the title it shows, the absolute link to its page (built
-- with PageLinks) and its body. Every notification has a thread or a link.
alter table notification alter column thread_id drop not null;
alter table notification add column body_id bigint references body (id);
alter table notification add column title varchar(300);
alter table notification add column link varchar(500);
alter table notification add constraint notification_target_ck
    check (thread_id is not null or (link is not null and title is not null));
alter table notification drop constraint notification_kind_ck;
alter table notification add constraint notification_kind_ck
    check (kind in ('OFFICIAL_ANSWER', 'REPLY', 'THRESHOLD_REACHED', 'CLAIM_REVIEW', 'POST_MODERATED',
                    'APPEAL_UPDATE', 'SESSION_OPEN', 'SESSION_DAY_BEFORE', 'SESSION_POSTPONED',
                    'SESSION_CANCELLED', 'QUESTION_ANSWERED', 'QUESTION_ANSWER_DUE',
                    'QUESTION_ANSWER_OVERDUE', 'QUESTION_APPEAL_DRAFT', 'QUESTION_MODERATED'));
create index notification_body_ix on notification (body_id);
