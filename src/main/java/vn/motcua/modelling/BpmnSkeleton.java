package vn.motcua.modelling;

import static vn.motcua.modelling.Xml.escape;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.modelling.Diagram.Point;
import vn.motcua.modelling.Diagram.Shape;
import vn.motcua.modelling.SkeletonPlan.Kind;
import vn.motcua.modelling.SkeletonPlan.Step;

/**
 * Writes the BPMN model of a {@link SkeletonPlan} the way the hand-made procedures are written
 * ({@code processes/dang-ky-khai-sinh.bpmn}, {@code dang-ky-ho-kinh-doanh.bpmn}): intake check with its three
 * outcomes, receipt, routing by {@code phan-cong-xu-ly}, the processing sub-process with the table's steps (the
 * first handler may request a supplement through {@code yeu-cau-bo-sung}; a division head may send back; a partner
 * step calls {@code lien-thong}; the signer is {@code ky-so-ket-qua}), due-soon and legal-deadline timers with the
 * apology ({@code xin-loi-tre-han}), and the return ({@code tra-ket-qua}). Candidate groups come from the routing
 * decision, due dates from {@code stepDeadlines} (rows of thoi-han-buoc) or, for intake, the step's working hours.
 * The layout is computed, never taken from input: one row, back edges in lanes below it.
 */
final class BpmnSkeleton {

    static final String HASH_PROPERTY = "motcua.generatedSha256";
    static final String HASH_PLACEHOLDER = "0".repeat(64);

    private static final double CY = 300;
    private static final double GAP = 50;
    private static final String SUB = "SubProcess_Processing";

    private final SkeletonPlan plan;
    private final StringBuilder out = new StringBuilder(32_000);
    private final List<String> flows = new ArrayList<>();
    private final Diagram diagram = new Diagram();

    private BpmnSkeleton(SkeletonPlan plan) {
        this.plan = plan;
    }

    /** The model text with a placeholder hash, and its diagram. */
    static BpmnSkeleton write(SkeletonPlan plan) {
        BpmnSkeleton skeleton = new BpmnSkeleton(plan);
        skeleton.model();
        return skeleton;
    }

    String text() {
        return out.toString();
    }

    Diagram diagram() {
        return diagram;
    }

    private void model() {
        String key = plan.processKey();
        String pascal = pascal(key);
        line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        line(0, "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\""
                + " xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:modeler=\"http://camunda.org/schema/modeler/1.0\" id=\"Definitions_" + pascal + "\" targetNamespace=\"http://motcua.vn/bpmn\""
                + " exporter=\"Camunda Modeler\" exporterVersion=\"5.40.0\" modeler:executionPlatform=\"Camunda Platform\" modeler:executionPlatformVersion=\"7.24.0\">");
        line(1, "<bpmn:process id=\"" + key + "\" name=\"" + Xml.text(plan.procedureName()) + "\" isExecutable=\"true\" camunda:historyTimeToLive=\"730\" camunda:isStartableInTasklist=\"true\">");
        line(2, "<bpmn:documentation>" + Xml.text(documentation()) + "</bpmn:documentation>");
        line(2, "<bpmn:extensionElements>");
        line(3, "<camunda:properties>");
        line(4, "<camunda:property name=\"" + HASH_PROPERTY + "\" value=\"" + HASH_PLACEHOLDER + "\" />");
        line(3, "</camunda:properties>");
        line(2, "</bpmn:extensionElements>");
        topLevel();
        line(1, "</bpmn:process>");
        connect();
        placeLabels();
        line(1, "<bpmndi:BPMNDiagram id=\"BPMNDiagram_" + pascal + "\">");
        line(2, "<bpmndi:BPMNPlane id=\"BPMNPlane_" + pascal + "\" bpmnElement=\"" + key + "\">");
        for (Shape s : diagram.shapes()) {
            line(3, "<bpmndi:BPMNShape id=\"" + s.element() + "_di\" bpmnElement=\"" + s.element() + "\""
                    + (s.element().startsWith("Gateway_") ? " isMarkerVisible=\"true\"" : "")
                    + (s.expanded() ? " isExpanded=\"true\"" : "") + ">");
            line(4, "<dc:Bounds x=\"" + n(s.x()) + "\" y=\"" + n(s.y()) + "\" width=\"" + n(s.w()) + "\" height=\"" + n(s.h()) + "\" />");
            Diagram.Label label = diagram.label(s.element());
            if (label != null) {
                line(4, "<bpmndi:BPMNLabel><dc:Bounds x=\"" + n(label.x()) + "\" y=\"" + n(label.y()) + "\" width=\"" + n(label.w())
                        + "\" height=\"" + n(label.h()) + "\" /></bpmndi:BPMNLabel>");
            }
            line(3, "</bpmndi:BPMNShape>");
        }
        for (Diagram.Edge e : diagram.edges()) {
            StringBuilder points = new StringBuilder();
            for (Point p : e.points()) {
                points.append("<di:waypoint x=\"").append(n(p.x())).append("\" y=\"").append(n(p.y())).append("\" />");
            }
            line(3, "<bpmndi:BPMNEdge id=\"" + e.element() + "_di\" bpmnElement=\"" + e.element() + "\">");
            line(4, points.toString());
            line(3, "</bpmndi:BPMNEdge>");
        }
        line(2, "</bpmndi:BPMNPlane>");
        line(1, "</bpmndi:BPMNDiagram>");
        line(0, "</bpmn:definitions>");
    }

    private String documentation() {
        StringBuilder text = new StringBuilder("Mô hình khung sinh tự động từ quy trình nội bộ của thủ tục ")
                .append(plan.procedureCode()).append(" (trường hợp ").append(plan.caseCode()).append("), thời hạn giải quyết ")
                .append(plan.durationAmount()).append(' ').append(unitName()).append(". Nguồn: ")
                .append(plan.source() == null ? "không ghi" : plan.source()).append(". Các bước:");
        for (Step s : plan.steps()) {
            text.append(' ').append(s.row().order()).append(". ").append(s.row().name()).append(" (")
                    .append(s.row().share().stripTrailingZeros().toPlainString()).append(' ').append(unitName()).append(", ")
                    .append(s.percent().toPlainString()).append("%);");
        }
        return text.toString();
    }

    private String unitName() {
        return switch (plan.durationUnit()) {
            case WORKING_DAYS -> "ngày làm việc";
            case WORKING_HOURS -> "giờ làm việc";
            case CALENDAR_DAYS -> "ngày";
        };
    }

    // ---- the top level: intake, receipt, routing, processing, timers, return

    private void topLevel() {
        String key = plan.processKey();
        Step intake = plan.intake();
        Shape start = diagram.shape("StartEvent_DossierSubmitted", 152, CY - 18, 36, 36, null, false);
        line(2, "<bpmn:startEvent id=\"StartEvent_DossierSubmitted\" name=\"Hồ sơ được nộp\" camunda:formRef=\"" + key
                + ".start\" camunda:formRefBinding=\"deployment\">");
        listeners(3, "<camunda:executionListener delegateExpression=\"${dossierRegistration}\" event=\"start\" />");
        io(3, "StartEvent_DossierSubmitted");
        line(2, "</bpmn:startEvent>");

        Shape check = diagram.shape(intake.elementId(), start.right() + 52, CY - 40, 100, 80, null, false);
        line(2, "<bpmn:userTask id=\"" + intake.elementId() + "\" name=\"" + Xml.text(intake.row().name()) + "\" camunda:formRef=\"" + key + "."
                + intake.formSuffix() + "\" camunda:formRefBinding=\"deployment\" camunda:candidateGroups=\"${intakeGroup}\" camunda:dueDate=\"${workingTime.hours("
                + intake.hours() + ")}\" />");
        flow("Flow_ToCheckDossier", start, check, null, null);

        Shape gateway = diagram.shape("Gateway_IntakeDecision", check.right() + 65, CY - 25, 50, 50, null, false);
        line(2, "<bpmn:exclusiveGateway id=\"Gateway_IntakeDecision\" name=\"Kết quả kiểm tra?\" />");
        flow("Flow_ToIntakeDecision", check, gateway, null, null);

        Shape refused = diagram.shape("EndEvent_DossierRefused", gateway.cx() - 18, CY - 148, 36, 36, null, false);
        line(2, "<bpmn:endEvent id=\"EndEvent_DossierRefused\" name=\"Từ chối tiếp nhận\">");
        listeners(3, "<camunda:executionListener expression=\"${dossierLifecycle.refused(execution)}\" event=\"end\" />");
        io(3, "EndEvent_DossierRefused");
        line(2, "</bpmn:endEvent>");
        Shape supplement = diagram.shape("EndEvent_SupplementRequested", gateway.cx() - 18, CY + 112, 36, 36, null, false);
        line(2, "<bpmn:endEvent id=\"EndEvent_SupplementRequested\" name=\"Hướng dẫn bổ sung hồ sơ\">");
        listeners(3, "<camunda:executionListener expression=\"${dossierLifecycle.supplementRequestedAtIntake(execution)}\" event=\"end\" />");
        io(3, "EndEvent_SupplementRequested");
        line(2, "</bpmn:endEvent>");

        Shape receive = diagram.shape("Task_ReceiveDossier", gateway.right() + 55, CY - 40, 100, 80, null, false);
        line(2, "<bpmn:serviceTask id=\"Task_ReceiveDossier\" name=\"Tiếp nhận, hẹn ngày trả kết quả\" camunda:delegateExpression=\"${receiveDossier}\" />");
        flow("Flow_IntakeAccepted", gateway, receive, "Đủ điều kiện", "${intakeDecision == 'accept'}");
        edgeVertical("Flow_IntakeRefused", gateway, refused, "Từ chối", "${intakeDecision == 'refuse'}");
        edgeVertical("Flow_IntakeSupplement", gateway, supplement, "Chưa đầy đủ", "${intakeDecision == 'supplement'}");

        Shape route = diagram.shape("Task_DetermineHandlingUnit", receive.right() + GAP, CY - 40, 100, 80, null, false);
        line(2, "<bpmn:businessRuleTask id=\"Task_DetermineHandlingUnit\" name=\"Xác định đơn vị xử lý\" camunda:resultVariable=\"routing\""
                + " camunda:decisionRef=\"phan-cong-xu-ly\" camunda:decisionRefBinding=\"deployment\" camunda:mapDecisionResult=\"singleResult\" />");
        flow("Flow_ToDetermineHandlingUnit", receive, route, null, null);

        Shape sub = processing(route.right() + GAP);
        flow("Flow_ToProcessing", route, sub, null, null);

        timers(sub);

        Step ret = plan.returnStep();
        Shape returnShape = diagram.shape(ret.elementId(), sub.right() + 40, CY - 40, 100, 80, null, false);
        line(2, "<bpmn:callActivity id=\"" + ret.elementId() + "\" name=\"" + Xml.text(ret.row().name()) + "\" calledElement=\"tra-ket-qua\">");
        line(3, "<bpmn:extensionElements>");
        line(4, "<camunda:in businessKey=\"#{execution.processBusinessKey}\" />");
        line(4, "<camunda:in variables=\"all\" />");
        for (String v : List.of("returnMethod", "resultReceiver", "postalTrackingNumber", "signedResultId")) {
            line(4, "<camunda:out source=\"" + v + "\" target=\"" + v + "\" />");
        }
        line(3, "</bpmn:extensionElements>");
        io(3, ret.elementId());
        line(2, "</bpmn:callActivity>");
        flow("Flow_ToReturnResult", sub, returnShape, null, null);

        Shape returned = diagram.shape("EndEvent_ResultReturned", returnShape.right() + 72, CY - 18, 36, 36, null, false);
        line(2, "<bpmn:endEvent id=\"EndEvent_ResultReturned\" name=\"Đã trả kết quả\">");
        listeners(3, "<camunda:executionListener expression=\"${dossierLifecycle.resultReturned(execution)}\" event=\"end\" />");
        io(3, "EndEvent_ResultReturned");
        line(2, "</bpmn:endEvent>");
        flow("Flow_ToResultReturned", returnShape, returned, null, null);

        flows.forEach(f -> line(2, f));
        flows.clear();
    }

    /** The processing sub-process starting at x; returns its shape (written before its children). */
    private Shape processing(double x) {
        List<Step> steps = plan.processing();
        List<String> outer = new ArrayList<>(flows);
        flows.clear();
        // first pass: the row's positions
        double cursor = x + 32;
        List<double[]> slots = new ArrayList<>();
        slots.add(new double[] {cursor, 36});
        cursor += 36 + GAP + 2;
        for (Step s : steps) {
            slots.add(new double[] {cursor, 100});
            cursor += 100 + GAP;
            if (s.gatewayId() != null) {
                slots.add(new double[] {cursor, 50});
                cursor += 50 + GAP;
            }
        }
        slots.add(new double[] {cursor, 100}); // sign
        cursor += 100 + GAP;
        slots.add(new double[] {cursor, 50}); // sign decision
        cursor += 50 + GAP;
        slots.add(new double[] {cursor, 36}); // done
        cursor += 36 + 32;

        long backEdges = steps.stream().filter(s -> s.kind() == Kind.REVIEW).count() + 1; // reviews' send-backs and the signer's rejection
        double laneTop = CY + 190;
        double bottom = laneTop + 20 * backEdges + 40;
        Shape sub = diagram.shape(SUB, x, CY - 150, cursor - x, bottom - (CY - 150), null, true);

        line(2, "<bpmn:subProcess id=\"" + SUB + "\" name=\"Giải quyết hồ sơ\">");
        listeners(3, "<camunda:executionListener expression=\"${dossierLifecycle.startProcessing(execution)}\" event=\"start\" />",
                "<camunda:executionListener expression=\"${dossierLifecycle.finishProcessing(execution)}\" event=\"end\" />");
        io(3, SUB);

        int slot = 0;
        Shape start = child("StartEvent_ProcessingStarted", slots.get(slot++), 36);
        line(3, "<bpmn:startEvent id=\"StartEvent_ProcessingStarted\" name=\"Bắt đầu giải quyết\" />");
        Shape previous = start;
        Shape appraise = null;
        double appraiseSlotsTotal = backEdges + 2;
        int lane = 0;
        for (Step s : steps) {
            Shape shape = child(s.elementId(), slots.get(slot++), 80);
            String name = Xml.text(s.row().name());
            switch (s.kind()) {
                case APPRAISE, HANDLE, REVIEW -> line(3, "<bpmn:userTask id=\"" + s.elementId() + "\" name=\"" + name + "\" camunda:formRef=\""
                        + plan.processKey() + "." + s.formSuffix() + "\" camunda:formRefBinding=\"deployment\" camunda:candidateGroups=\"${routing."
                        + (s.kind() == Kind.REVIEW ? "headGroup" : "handlerGroup") + "}\" camunda:dueDate=\"${stepDeadlines.due(execution)}\" />");
                default -> partner(s);
            }
            flow(flowTo(s.elementId()), previous, shape, previous == start || previous.element().startsWith("Gateway_") ? label(previous) : null,
                    condition(previous));
            previous = shape;
            if (s.kind() == Kind.APPRAISE) {
                appraise = shape;
            }
            if (s.gatewayId() != null) {
                Shape gateway = child(s.gatewayId(), slots.get(slot++), 50);
                line(3, "<bpmn:exclusiveGateway id=\"" + s.gatewayId() + "\" name=\"" + (s.kind() == Kind.REVIEW ? "Đồng ý trình ký?" : "Hồ sơ đủ điều kiện?") + "\" />");
                flow(flowTo(s.gatewayId()), shape, gateway, null, null);
                if (s.kind() == Kind.APPRAISE) {
                    Shape request = diagram.shape("CallActivity_RequestSupplement", gateway.cx() - 50, CY + 80, 100, 80, SUB, false);
                    line(3, "<bpmn:callActivity id=\"CallActivity_RequestSupplement\" name=\"Yêu cầu bổ sung hồ sơ\" calledElement=\"yeu-cau-bo-sung\">");
                    line(4, "<bpmn:extensionElements>");
                    line(5, "<camunda:in businessKey=\"#{execution.processBusinessKey}\" />");
                    line(5, "<camunda:in variables=\"all\" />");
                    line(4, "</bpmn:extensionElements>");
                    io(4, "CallActivity_RequestSupplement");
                    line(3, "</bpmn:callActivity>");
                    flows.add(sequence("Flow_SupplementNeeded", gateway.element(), request.element(), "Cần bổ sung", "${appraisalDecision == 'requestSupplement'}"));
                    diagram.edge("Flow_SupplementNeeded", gateway.element(), request.element(), new Point(gateway.cx(), gateway.bottom()), new Point(gateway.cx(), request.y()));
                    double slotX = shape.x() + 100 * (backEdges + 1) / appraiseSlotsTotal;
                    flows.add(sequence("Flow_SupplementBackToAppraisal", request.element(), shape.element(), null, null));
                    diagram.edge("Flow_SupplementBackToAppraisal", request.element(), shape.element(), new Point(request.x(), request.cy()),
                            new Point(slotX, request.cy()), new Point(slotX, shape.bottom()));
                } else {
                    backEdge("Flow_SentBack" + s.gatewayId().substring("Gateway_".length()), gateway, appraise, lane++, laneTop, appraiseSlotsTotal,
                            "Trả lại thẩm định", "${reviewDecision == 'sendBack'}");
                }
                previous = gateway;
            }
        }
        Step sign = plan.sign();
        Shape signShape = child(sign.elementId(), slots.get(slot++), 80);
        line(3, "<bpmn:callActivity id=\"" + sign.elementId() + "\" name=\"" + Xml.text(sign.row().name()) + "\" calledElement=\"ky-so-ket-qua\">");
        line(4, "<bpmn:extensionElements>");
        line(5, "<camunda:in businessKey=\"#{execution.processBusinessKey}\" />");
        line(5, "<camunda:in variables=\"all\" />");
        for (String v : List.of("signDecision", "signRejectReason", "signedResultId")) {
            line(5, "<camunda:out source=\"" + v + "\" target=\"" + v + "\" />");
        }
        line(4, "</bpmn:extensionElements>");
        io(4, sign.elementId());
        line(3, "</bpmn:callActivity>");
        flow("Flow_ToSign", previous, signShape, previous.element().startsWith("Gateway_") ? label(previous) : null, condition(previous));
        Shape signDecision = child(sign.gatewayId(), slots.get(slot++), 50);
        line(3, "<bpmn:exclusiveGateway id=\"" + sign.gatewayId() + "\" name=\"Phê duyệt?\" />");
        flow("Flow_ToSignDecision", signShape, signDecision, null, null);
        Shape done = child("EndEvent_ProcessingDone", slots.get(slot), 36);
        line(3, "<bpmn:endEvent id=\"EndEvent_ProcessingDone\" name=\"Có kết quả giải quyết\" />");
        flow("Flow_SignApproved", signDecision, done, "Phê duyệt", "${signDecision == 'approve'}");
        backEdge("Flow_SignRejected", signDecision, appraise, lane, laneTop, appraiseSlotsTotal, "Không phê duyệt", "${signDecision == 'reject'}");
        flows.forEach(f -> line(3, f));
        flows.clear();
        flows.addAll(outer);
        line(2, "</bpmn:subProcess>");
        return sub;
    }

    private void partner(Step s) {
        line(3, "<bpmn:callActivity id=\"" + s.elementId() + "\" name=\"" + Xml.text(s.row().name()) + "\" calledElement=\"lien-thong\">");
        line(4, "<bpmn:extensionElements>");
        line(5, "<camunda:in businessKey=\"#{execution.processBusinessKey}\" />");
        line(5, "<camunda:in variables=\"all\" />");
        line(5, "<camunda:in sourceExpression=\"" + escape(Xml.juelString(s.row().unitCode())) + "\" target=\"partnerRole\" />");
        line(5, "<camunda:in sourceExpression=\"" + escape(Xml.juelString(s.row().name())) + "\" target=\"partnerRequest\" />");
        line(5, "<camunda:in sourceExpression=\"${workingTime.hours(" + s.hours() + ")}\" target=\"partnerDueDate\" />");
        String prefix = "partnerStep" + s.row().order();
        line(5, "<camunda:out source=\"partnerOutcome\" target=\"" + prefix + "Outcome\" />");
        line(5, "<camunda:out source=\"partnerReply\" target=\"" + prefix + "Reply\" />");
        line(5, "<camunda:out source=\"partnerDocumentNumber\" target=\"" + prefix + "DocumentNumber\" />");
        line(4, "</bpmn:extensionElements>");
        io(4, s.elementId());
        line(3, "</bpmn:callActivity>");
    }

    /**
     * Names of events and gateways: under an event on the row, above a gateway (to the right of an edge leaving it
     * upwards), above the refusal end (its edge comes from below), left of a boundary timer (its edge goes down).
     */
    private void placeLabels() {
        for (Shape s : diagram.shapes()) {
            String id = s.element();
            if (id.startsWith("Gateway_")) {
                if (id.equals("Gateway_IntakeDecision")) {
                    diagram.label(id, s.cx() + 6, s.y() - 34, 48, 27);
                } else {
                    diagram.label(id, s.cx() - 45, s.y() - 34, 90, 27);
                }
            } else if (id.startsWith("BoundaryEvent_")) {
                diagram.label(id, s.x() - 92, s.bottom() + 4, 88, 27);
            } else if (id.equals("EndEvent_DossierRefused")) {
                diagram.label(id, s.cx() - 45, s.y() - 32, 90, 27);
            } else if (id.contains("Event_")) {
                diagram.label(id, s.cx() - 45, s.bottom() + 5, 90, 27);
            }
        }
    }

    /** The outgoing "go on" flow of a decision gateway: its label and condition. */
    private static String label(Shape gateway) {
        return switch (gateway.element()) {
            case "Gateway_AppraisalDecision" -> "Đủ điều kiện";
            default -> gateway.element().startsWith("Gateway_ReviewDecision") ? "Đồng ý" : null;
        };
    }

    private static String condition(Shape previous) {
        String id = previous.element();
        if (id.equals("Gateway_AppraisalDecision")) {
            return "${appraisalDecision == 'propose'}";
        }
        if (id.startsWith("Gateway_ReviewDecision")) {
            return "${reviewDecision == 'approve'}";
        }
        return null;
    }

    private static String flowTo(String element) {
        return "Flow_To" + element.substring(element.indexOf('_') + 1);
    }

    private Shape child(String element, double[] slot, double h) {
        return diagram.shape(element, slot[0], CY - h / 2, slot[1], h, SUB, false);
    }

    private void backEdge(String id, Shape from, Shape to, int lane, double laneTop, double slotsTotal, String name, String condition) {
        double y = laneTop + 20 * lane;
        double slotX = to.x() + 100 * (lane + 1) / slotsTotal;
        flows.add(sequence(id, from.element(), to.element(), name, condition));
        diagram.edge(id, from.element(), to.element(), new Point(from.cx(), from.bottom()), new Point(from.cx(), y),
                new Point(slotX, y), new Point(slotX, to.bottom()));
    }

    // ---- timers under the sub-process

    private void timers(Shape sub) {
        double b1 = sub.x() + 110;
        double b2 = b1 + 340;
        double chainY = sub.bottom() + 82;
        Shape dueSoon = diagram.shape("BoundaryEvent_DueSoon", b1 - 18, sub.bottom() - 18, 36, 36, SUB, false);
        boundary("BoundaryEvent_DueSoon", "Sắp đến hạn", "DueSoon", "${dossierDueSoonDate}", "Flow_ToWarnDueSoon");
        Shape warn = diagram.shape("Task_WarnDueSoon", b1 + 70, chainY - 40, 100, 80, null, false);
        line(2, "<bpmn:serviceTask id=\"Task_WarnDueSoon\" name=\"Cảnh báo hồ sơ sắp đến hạn\" camunda:delegateExpression=\"${warnDossierDueSoon}\" />");
        Shape warned = diagram.shape("EndEvent_DueSoonWarned", warn.right() + 72, chainY - 18, 36, 36, null, false);
        line(2, "<bpmn:endEvent id=\"EndEvent_DueSoonWarned\" name=\"Đã cảnh báo\" />");
        flows.add(sequence("Flow_ToWarnDueSoon", dueSoon.element(), warn.element(), null, null));
        diagram.edge("Flow_ToWarnDueSoon", dueSoon.element(), warn.element(), new Point(b1, dueSoon.bottom()), new Point(b1, chainY), new Point(warn.x(), chainY));
        flow("Flow_ToDueSoonWarned", warn, warned, null, null);

        Shape deadline = diagram.shape("BoundaryEvent_LegalDeadline", b2 - 18, sub.bottom() - 18, 36, 36, SUB, false);
        boundary("BoundaryEvent_LegalDeadline", "Đến hạn trả kết quả", "LegalDeadline", "${dossierDueDate}", "Flow_ToMarkOverdue");
        Shape overdue = diagram.shape("Task_MarkOverdue", b2 + 70, chainY - 40, 100, 80, null, false);
        line(2, "<bpmn:serviceTask id=\"Task_MarkOverdue\" name=\"Đánh dấu hồ sơ quá hạn\" camunda:delegateExpression=\"${markDossierOverdue}\" />");
        Shape apology = diagram.shape("CallActivity_Apology", overdue.right() + GAP, chainY - 40, 100, 80, null, false);
        line(2, "<bpmn:callActivity id=\"CallActivity_Apology\" name=\"Xin lỗi, hẹn lại ngày trả kết quả\" calledElement=\"xin-loi-tre-han\">");
        line(3, "<bpmn:extensionElements>");
        line(4, "<camunda:in businessKey=\"#{execution.processBusinessKey}\" />");
        line(4, "<camunda:in variables=\"all\" />");
        line(3, "</bpmn:extensionElements>");
        io(3, "CallActivity_Apology");
        line(2, "</bpmn:callActivity>");
        Shape apologised = diagram.shape("EndEvent_OverdueMarked", apology.right() + 72, chainY - 18, 36, 36, null, false);
        line(2, "<bpmn:endEvent id=\"EndEvent_OverdueMarked\" name=\"Hồ sơ quá hạn đã xin lỗi\" />");
        flows.add(sequence("Flow_ToMarkOverdue", deadline.element(), overdue.element(), null, null));
        diagram.edge("Flow_ToMarkOverdue", deadline.element(), overdue.element(), new Point(b2, deadline.bottom()), new Point(b2, chainY), new Point(overdue.x(), chainY));
        flow("Flow_ToApology", overdue, apology, null, null);
        flow("Flow_ToOverdueMarked", apology, apologised, null, null);
    }

    private void boundary(String id, String name, String suffix, String date, String outgoing) {
        line(2, "<bpmn:boundaryEvent id=\"" + id + "\" name=\"" + name + "\" attachedToRef=\"" + SUB + "\" cancelActivity=\"false\">");
        io(3, id);
        line(3, "<bpmn:timerEventDefinition id=\"TimerEventDefinition_" + suffix + "\">");
        line(4, "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">" + date + "</bpmn:timeDate>");
        line(3, "</bpmn:timerEventDefinition>");
        line(2, "</bpmn:boundaryEvent>");
    }

    // ---- flows

    /** A straight flow along the row (left to right, at the row's height). */
    private void flow(String id, Shape from, Shape to, String name, String condition) {
        flows.add(sequence(id, from.element(), to.element(), name, condition));
        double y = from.expanded() || to.expanded() ? CY : to.cy();
        diagram.edge(id, from.element(), to.element(), new Point(from.right(), y), new Point(to.x(), y));
    }

    private void edgeVertical(String id, Shape gateway, Shape end, String name, String condition) {
        flows.add(sequence(id, gateway.element(), end.element(), name, condition));
        boolean up = end.y() < gateway.y();
        diagram.edge(id, gateway.element(), end.element(), new Point(gateway.cx(), up ? gateway.y() : gateway.bottom()),
                new Point(gateway.cx(), up ? end.bottom() : end.y()));
    }

    private static String sequence(String id, String source, String target, String name, String condition) {
        String head = "<bpmn:sequenceFlow id=\"" + id + "\"" + (name == null ? "" : " name=\"" + name + "\"") + " sourceRef=\"" + source
                + "\" targetRef=\"" + target + "\"";
        if (condition == null) {
            return head + " />";
        }
        return head + "><bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">" + escape(condition)
                + "</bpmn:conditionExpression></bpmn:sequenceFlow>";
    }

    private void listeners(int depth, String... listeners) {
        line(depth, "<bpmn:extensionElements>");
        for (String l : listeners) {
            line(depth + 1, l);
        }
        line(depth, "</bpmn:extensionElements>");
    }

    private static final java.util.regex.Pattern SELF_CLOSING = java.util.regex.Pattern.compile(
            "(?m)^( *)<bpmn:(startEvent|userTask|exclusiveGateway|endEvent|serviceTask|businessRuleTask) id=\"([^\"]+)\"(.*) />$");
    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("(?m)^( *)@@IO:([^@]+)@@$");

    /** Where a flow node's incoming and outgoing flows go (the Modeler and the lint read them there). */
    private void io(int depth, String id) {
        line(depth, "@@IO:" + id + "@@");
    }

    /** Writes each flow node's bpmn:incoming and bpmn:outgoing from the flows drawn. */
    private void connect() {
        String text = SELF_CLOSING.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1) + "<bpmn:" + m.group(2) + " id=\"" + m.group(3) + "\"" + m.group(4) + ">\n" + m.group(1) + "  @@IO:" + m.group(3) + "@@\n"
                        + m.group(1) + "</bpmn:" + m.group(2) + ">"));
        java.util.Map<String, StringBuilder> incoming = new java.util.HashMap<>();
        java.util.Map<String, StringBuilder> outgoing = new java.util.HashMap<>();
        for (Diagram.Edge e : diagram.edges()) {
            incoming.computeIfAbsent(e.target(), k -> new StringBuilder()).append("<bpmn:incoming>").append(e.element()).append("</bpmn:incoming>\n");
            outgoing.computeIfAbsent(e.source(), k -> new StringBuilder()).append("<bpmn:outgoing>").append(e.element()).append("</bpmn:outgoing>\n");
        }
        text = MARKER.matcher(text).replaceAll(m -> {
            String indent = m.group(1);
            String lines = incoming.getOrDefault(m.group(2), new StringBuilder()).toString() + outgoing.getOrDefault(m.group(2), new StringBuilder());
            return java.util.regex.Matcher.quoteReplacement(lines.isEmpty() ? "" : indent + lines.strip().replace("\n", "\n" + indent));
        });
        out.setLength(0);
        out.append(text.replaceAll("(?m)^\n", ""));
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    private static String n(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    static String pascal(String key) {
        StringBuilder out = new StringBuilder();
        for (String part : key.split("-")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
