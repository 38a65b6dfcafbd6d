-- A voter hears that their participatory-budget ballot was recorded and exactly what it chose
-- (issue 15): a notification without a thread, of kind BALLOT_RECORDED. A later migration that adds
-- a kind must list every kind of this one.
alter table notification drop constraint notification_kind_ck;
alter table notification add constraint notification_kind_ck
    check (kind in ('OFFICIAL_ANSWER', 'REPLY', 'THRESHOLD_REACHED', 'CLAIM_REVIEW', 'POST_MODERATED',
                    'APPEAL_UPDATE', 'SESSION_OPEN', 'SESSION_DAY_BEFORE', 'SESSION_POSTPONED',
                    'SESSION_CANCELLED', 'QUESTION_ANSWERED', 'QUESTION_ANSWER_DUE',
                    'QUESTION_ANSWER_OVERDUE', 'QUESTION_APPEAL_DRAFT', 'QUESTION_MODERATED',
                    'MONITORING_DIGEST', 'BALLOT_RECORDED'));
