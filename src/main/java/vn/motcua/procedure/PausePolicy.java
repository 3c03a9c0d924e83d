package vn.motcua.procedure;

/** What a resubmitted supplement does to the legal clock: resume with the remaining time, or restart it. */
public enum PausePolicy { RESUME, RESTART }
