package vn.motcua.procedure;

/**
 * Online public service type. Decree 42/2022 "toàn trình" (FULL) is the former level 4, "một phần"
 * (PARTIAL) the former level 3; NONE is information only (levels 1-2).
 */
public enum OnlineServiceType { NONE, PARTIAL, FULL }
