package vn.motcua.procedure;

/** Administrative level of an agency (cấp). Districts exist until 30/06/2025. */
public enum AgencyLevel { PROVINCE, DEPARTMENT, DISTRICT, COMMUNE }
