-- The applicant's name, IIN and address are stored encrypted (AES-GCM, "v1:<key id>:<base64>"),
-- which is longer than the clear text; iin_hash is the IIN's keyed hash for lookups. Existing rows
-- are encrypted at start-up in Java (ApplicantEncryption): SQL has no key.
alter table appeal_applicant alter column full_name set data type varchar(1200);
alter table appeal_applicant alter column iin set data type varchar(100);
alter table appeal_applicant alter column address set data type varchar(3000);
alter table appeal_applicant add column iin_hash varchar(64);
create index appeal_applicant_iin_hash_ix on appeal_applicant (iin_hash);
