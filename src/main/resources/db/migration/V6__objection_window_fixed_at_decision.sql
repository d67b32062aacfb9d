-- Issue 10: the objection window of a decided condition is fixed when it is decided, and no objection period is
-- shorter than the statutory six weeks (Awb art. 6:7). Before, the window was computed from the round's current
-- objection_weeks, so a later change of the round moved windows institutions had already been told about.

-- A round never gives fewer than six weeks. A round set shorter gets the statutory six (its institutions had them by law).
update recognition_round set objection_weeks = 6, version = version + 1 where objection_weeks < 6;
alter table recognition_round drop constraint recognition_round_objection_weeks_check;
alter table recognition_round add constraint recognition_round_objection_weeks_check check (objection_weeks between 6 and 26);

-- The last day on which an objection is accepted (the decision date plus the weeks in force at the decision).
alter table requested_condition add column objection_closes_on date;
update requested_condition c set objection_closes_on = c.decision_date + 7 * greatest(r.objection_weeks, 6)
    from application a join recognition_round r on r.year = a.round_year
    where a.id = c.application_id and c.decision_date is not null;
alter table requested_condition
    add constraint requested_condition_objection_window check ((decision_date is null) = (objection_closes_on is null)),
    add constraint requested_condition_objection_six_weeks check (objection_closes_on >= decision_date + 42);
