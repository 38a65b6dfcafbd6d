-- Each member's choice of notification channels (Member.wantsEmail, wantsSms, wantsAnswerSms):
-- email on (used when the account has an address), SMS of appeal steps on (used when the account
-- has a verified phone), SMS when an official answers a followed thread off until the member opts in.
alter table member add column notify_email boolean default true not null;
alter table member add column notify_sms boolean default true not null;
alter table member add column notify_sms_answers boolean default false not null;
