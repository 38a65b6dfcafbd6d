-- Every appeal records the channel it came by: WEB (the author escalated their own post),
-- ESCALATED_POST (a moderator or official escalated it), or, taken by an operator at intake,
-- ORAL, PHONE, PAPER or SOCIAL_NETWORK. An intake appeal has no post or thread, and no applicant
-- member until the member whose verified phone it is claims it; its phone is kept encrypted with
-- the applicant's other data, and phone_hash (keyed hash) finds it for claiming.
alter table appeal add column channel varchar(20) default 'WEB' not null;
alter table appeal add column taken_by varchar(100);
alter table appeal add column source_url varchar(2000);
alter table appeal alter column post_id drop not null;
alter table appeal alter column thread_id drop not null;
alter table appeal alter column applicant_id drop not null;

update appeal set channel = 'ESCALATED_POST'
 where redirected_from_id is null and complaint_of_id is null
   and escalated_by <> (select m.username from member m where m.id = appeal.applicant_id);
-- A redirect's successor and a complaint keep the channel of the appeal they follow (three levels
-- cover every chain the rules allow: redirect, complaint about it, redirect of the complaint).
update appeal set channel = (select p.channel from appeal p
                              where p.id = coalesce(appeal.redirected_from_id, appeal.complaint_of_id))
 where redirected_from_id is not null or complaint_of_id is not null;
update appeal set channel = (select p.channel from appeal p
                              where p.id = coalesce(appeal.redirected_from_id, appeal.complaint_of_id))
 where redirected_from_id is not null or complaint_of_id is not null;
update appeal set channel = (select p.channel from appeal p
                              where p.id = coalesce(appeal.redirected_from_id, appeal.complaint_of_id))
 where redirected_from_id is not null or complaint_of_id is not null;

create index appeal_channel_ix on appeal (channel, created_at);

alter table appeal_applicant add column phone varchar(200);
alter table appeal_applicant add column phone_hash varchar(64);
create index appeal_applicant_phone_hash_ix on appeal_applicant (phone_hash);
