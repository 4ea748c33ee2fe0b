package com.pickupsettlement.domain;

/**
 * Where a business date stands (rulebook 7): RUNNING while a run holds it (or one crashed while
 * holding it), FAILED when it stopped and resumes on the next run, COMPLETED once it is closed.
 */
public enum DayStatus {
    RUNNING, FAILED, COMPLETED
}
