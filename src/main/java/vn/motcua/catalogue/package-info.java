/**
 * Catalogue import (docs/catalogue-import.md): a province's procedures with their versions by effective date and the
 * internal-process step tables (quy trình nội bộ) approved with them, read from JSON, CSV or XLSX, validated as a
 * whole (every bad row and field named, nothing stored when one is bad), compared with the catalogue in the database
 * (new procedures, new versions, unchanged, step tables) and applied idempotently in one transaction. Above
 * {@code province}: units of the step tables are checked against the province description in force.
 */
package vn.motcua.catalogue;
