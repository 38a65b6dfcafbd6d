-- OPERATOR: a body's reception desk or call centre, taking appeals for residents (assisted intake).
alter table staff_assignment drop constraint staff_role_ck;
alter table staff_assignment add constraint staff_role_ck check (role in ('OFFICIAL', 'MODERATOR', 'HEAD', 'OPERATOR'));
