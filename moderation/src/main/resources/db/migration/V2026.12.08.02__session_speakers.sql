-- The speakers of a public session (issue 14): officials of its body or of a body above it, in the
-- order the official gave them.
create table public_session_speaker (
    session_id  bigint  not null references public_session (id),
    member_id   bigint  not null references member (id),
    position    integer not null,
    constraint public_session_speaker_pk primary key (session_id, position),
    constraint public_session_speaker_uk unique (session_id, member_id)
);
create index public_session_speaker_member_ix on public_session_speaker (member_id);
