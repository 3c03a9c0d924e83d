/**
 * Attachments (outside process variables, with checksums and limits) and the legal slips rendered as PDF with Vietnamese text.
 */
package vn.motcua.document;
