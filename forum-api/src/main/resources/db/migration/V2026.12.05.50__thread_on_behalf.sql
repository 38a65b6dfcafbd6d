-- A thread an operator posted for a resident who is not online: how the resident came, and their
-- phone number masked (+7701***4567) when they gave one; the full number is never stored.
alter table forum_thread add column on_behalf_channel varchar(20);
alter table forum_thread add column on_behalf_phone varchar(16);
alter table forum_thread add constraint thread_on_behalf_channel_ck
    check (on_behalf_channel in ('ORAL', 'PHONE', 'PAPER', 'SOCIAL_NETWORK'));
