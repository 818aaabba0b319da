-- 超期预警: an early warning carries the completion date predicted from the history of the same items.
alter table reminder add column predicted_on date;
