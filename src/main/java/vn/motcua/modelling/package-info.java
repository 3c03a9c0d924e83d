/**
 * Modelling: turns an approved internal process (quy trình nội bộ, {@code procedure.InternalProcess}) of a procedure
 * version into a Camunda Modeler-ready skeleton: a BPMN model with diagram interchange and an automatic layout, a
 * start form and a form per user task, and the step-deadline rows of {@code thoi-han-buoc}. Plain Java: no engine,
 * no Spring. A regenerated skeleton never overwrites an analyst's edit ({@link vn.motcua.modelling.SkeletonWriter}).
 * May use {@code procedure}; nothing below it uses this package.
 */
package vn.motcua.modelling;
