-- The feed's second look (issue 13) reads the children born on its subjects' days for every batch
-- with a new person in it; without an index that is a scan of every child.
create index child_date_of_birth on chronology.child (date_of_birth);
