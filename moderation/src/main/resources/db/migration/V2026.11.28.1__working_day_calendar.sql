-- Working-day calendar of formal appeals: the exceptions to the Monday-Friday rule.
-- Portable SQL: the same file runs on H2 (embedded default) and PostgreSQL.
--
-- A day without a row is a working day from Monday to Friday and a day off on Saturday and
-- Sunday. A row makes its day WORKING (a Saturday turned working by the government's decree) or
-- DAY_OFF (a holiday, a national holiday on a weekend carried over to the next working day, a
-- decreed day off). Holidays on a weekend are listed too, so that their carried-over day can be
-- read. Admins edit the rows; the yearly decree's transfers are added by hand (source DECREE).
-- The column is calendar_date, not day: DAY is a keyword in H2 2.x.
-- The 2026 and 2027 rows equal HolidayRules.exceptionsFor (checked by HolidayRulesTest).
create table calendar_day (
    calendar_date   date         not null primary key,
    kind            varchar(10)  not null,
    reason          varchar(200) not null,
    source          varchar(30)  not null,
    constraint calendar_day_kind_ck check (kind in ('WORKING', 'DAY_OFF')),
    constraint calendar_day_source_ck check (source in ('HOLIDAY', 'TRANSFER', 'DECREE'))
);

-- 2026. Carried over: 8 March (Sun) to 9 March; Nauryz 21 and 22 March (Sat, Sun) to 24 and
-- 25 March; 9 May (Sat) to 11 May; 30 August (Sun) to 31 August; 25 October (Sun) to 26 October.
insert into calendar_day (calendar_date, kind, reason, source) values
    (date '2026-01-01', 'DAY_OFF', 'New Year', 'HOLIDAY'),
    (date '2026-01-02', 'DAY_OFF', 'New Year', 'HOLIDAY'),
    (date '2026-01-07', 'DAY_OFF', 'Orthodox Christmas (religious)', 'HOLIDAY'),
    (date '2026-03-08', 'DAY_OFF', 'International Women''s Day', 'HOLIDAY'),
    (date '2026-03-09', 'DAY_OFF', 'Day off carried over from International Women''s Day (Sunday 2026-03-08) falling on a weekend', 'TRANSFER'),
    (date '2026-03-21', 'DAY_OFF', 'Nauryz meirami', 'HOLIDAY'),
    (date '2026-03-22', 'DAY_OFF', 'Nauryz meirami', 'HOLIDAY'),
    (date '2026-03-23', 'DAY_OFF', 'Nauryz meirami', 'HOLIDAY'),
    (date '2026-03-24', 'DAY_OFF', 'Day off carried over from Nauryz meirami (Saturday 2026-03-21) falling on a weekend', 'TRANSFER'),
    (date '2026-03-25', 'DAY_OFF', 'Day off carried over from Nauryz meirami (Sunday 2026-03-22) falling on a weekend', 'TRANSFER'),
    (date '2026-05-01', 'DAY_OFF', 'Kazakhstan People''s Unity Day', 'HOLIDAY'),
    (date '2026-05-07', 'DAY_OFF', 'Defender of the Fatherland Day', 'HOLIDAY'),
    (date '2026-05-09', 'DAY_OFF', 'Victory Day', 'HOLIDAY'),
    (date '2026-05-11', 'DAY_OFF', 'Day off carried over from Victory Day (Saturday 2026-05-09) falling on a weekend', 'TRANSFER'),
    (date '2026-05-27', 'DAY_OFF', 'Kurban Ait, first day (religious): date to be confirmed against the government decree', 'HOLIDAY'),
    (date '2026-07-06', 'DAY_OFF', 'Capital Day', 'HOLIDAY'),
    (date '2026-08-30', 'DAY_OFF', 'Constitution Day', 'HOLIDAY'),
    (date '2026-08-31', 'DAY_OFF', 'Day off carried over from Constitution Day (Sunday 2026-08-30) falling on a weekend', 'TRANSFER'),
    (date '2026-10-25', 'DAY_OFF', 'Republic Day', 'HOLIDAY'),
    (date '2026-10-26', 'DAY_OFF', 'Day off carried over from Republic Day (Sunday 2026-10-25) falling on a weekend', 'TRANSFER'),
    (date '2026-12-16', 'DAY_OFF', 'Independence Day', 'HOLIDAY');

-- 2027. Carried over: 2 January (Sat) to 4 January; Nauryz 21 March (Sun) to 24 March (22 and
-- 23 March are holidays already); 1 May (Sat) to 3 May; 9 May (Sun) to 10 May. Kurban Ait falls on
-- a Sunday and, being religious, is not carried over.
insert into calendar_day (calendar_date, kind, reason, source) values
    (date '2027-01-01', 'DAY_OFF', 'New Year', 'HOLIDAY'),
    (date '2027-01-02', 'DAY_OFF', 'New Year', 'HOLIDAY'),
    (date '2027-01-04', 'DAY_OFF', 'Day off carried over from New Year (Saturday 2027-01-02) falling on a weekend', 'TRANSFER'),
    (date '2027-01-07', 'DAY_OFF', 'Orthodox Christmas (religious)', 'HOLIDAY'),
    (date '2027-03-08', 'DAY_OFF', 'International Women''s Day', 'HOLIDAY'),
    (date '2027-03-21', 'DAY_OFF', 'Nauryz meirami', 'HOLIDAY'),
    (date '2027-03-22', 'DAY_OFF', 'Nauryz meirami', 'HOLIDAY'),
    (date '2027-03-23', 'DAY_OFF', 'Nauryz meirami', 'HOLIDAY'),
    (date '2027-03-24', 'DAY_OFF', 'Day off carried over from Nauryz meirami (Sunday 2027-03-21) falling on a weekend', 'TRANSFER'),
    (date '2027-05-01', 'DAY_OFF', 'Kazakhstan People''s Unity Day', 'HOLIDAY'),
    (date '2027-05-03', 'DAY_OFF', 'Day off carried over from Kazakhstan People''s Unity Day (Saturday 2027-05-01) falling on a weekend', 'TRANSFER'),
    (date '2027-05-07', 'DAY_OFF', 'Defender of the Fatherland Day', 'HOLIDAY'),
    (date '2027-05-09', 'DAY_OFF', 'Victory Day', 'HOLIDAY'),
    (date '2027-05-10', 'DAY_OFF', 'Day off carried over from Victory Day (Sunday 2027-05-09) falling on a weekend', 'TRANSFER'),
    (date '2027-05-16', 'DAY_OFF', 'Kurban Ait, first day (religious): date to be confirmed against the government decree', 'HOLIDAY'),
    (date '2027-07-06', 'DAY_OFF', 'Capital Day', 'HOLIDAY'),
    (date '2027-08-30', 'DAY_OFF', 'Constitution Day', 'HOLIDAY'),
    (date '2027-10-25', 'DAY_OFF', 'Republic Day', 'HOLIDAY'),
    (date '2027-12-16', 'DAY_OFF', 'Independence Day', 'HOLIDAY');
