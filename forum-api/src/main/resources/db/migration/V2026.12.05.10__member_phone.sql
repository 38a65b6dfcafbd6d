-- A member's verified Kazakh mobile number (E.164, from the token's phone_number claim when
-- phone_number_verified is true); one member per number.
alter table member add column phone varchar(16);
create unique index member_phone_unique on member (phone);
