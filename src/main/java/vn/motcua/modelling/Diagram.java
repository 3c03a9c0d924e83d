package vn.motcua.modelling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The diagram interchange of a skeleton: shapes (bounds) and edges (waypoints), in the order they are written.
 * Also the geometry the layout test checks: shapes never overlap (a boundary event sits on its host's border and a
 * shape inside an expanded sub-process lies in it), an edge crosses no shape but its ends, no two edges share a
 * stretch of line.
 */
public final class Diagram {

    /** A shape's bounds; {@code host} is the element a boundary event is attached to or a child lies in. */
    public record Shape(String element, double x, double y, double w, double h, String host, boolean expanded) {
        double cx() { return x + w / 2; }
        double cy() { return y + h / 2; }
        double right() { return x + w; }
        double bottom() { return y + h; }
    }

    public record Point(double x, double y) {
    }

    public record Edge(String element, String source, String target, List<Point> points) {
    }

    /** The bounds of an element's name, where the Modeler shows it (events and gateways). */
    public record Label(String element, double x, double y, double w, double h) {
    }

    private final Map<String, Shape> shapes = new LinkedHashMap<>();
    private final Map<String, Label> labels = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();

    Shape shape(String element, double x, double y, double w, double h, String host, boolean expanded) {
        Shape shape = new Shape(element, x, y, w, h, host, expanded);
        shapes.put(element, shape);
        return shape;
    }

    void edge(String element, String source, String target, Point... points) {
        edges.add(new Edge(element, source, target, List.of(points)));
    }

    void label(String element, double x, double y, double w, double h) {
        labels.put(element, new Label(element, x, y, w, h));
    }

    public Label label(String element) {
        return labels.get(element);
    }

    public Shape get(String element) {
        return shapes.get(element);
    }

    public List<Shape> shapes() {
        return List.copyOf(shapes.values());
    }

    public List<Edge> edges() {
        return List.copyOf(edges);
    }

    /** Every geometric fault of the layout, in words; empty for a clean layout. */
    public List<String> faults() {
        List<String> faults = new ArrayList<>();
        List<Shape> all = shapes();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Shape a = all.get(i);
                Shape b = all.get(j);
                if (related(a, b)) {
                    continue;
                }
                if (a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom()) {
                    faults.add("shapes overlap: " + a.element() + " / " + b.element());
                }
            }
        }
        for (Edge edge : edges) {
            for (int k = 0; k + 1 < edge.points().size(); k++) {
                Point p = edge.points().get(k);
                Point q = edge.points().get(k + 1);
                if (p.x() != q.x() && p.y() != q.y()) {
                    faults.add("edge not orthogonal: " + edge.element());
                }
                for (Shape s : all) {
                    if (s.expanded() || s.element().equals(edge.source()) || s.element().equals(edge.target())) {
                        continue;
                    }
                    if (crosses(p, q, s)) {
                        faults.add("edge " + edge.element() + " crosses " + s.element());
                    }
                }
            }
        }
        for (Label label : labels.values()) {
            Shape box = new Shape(label.element(), label.x(), label.y(), label.w(), label.h(), null, false);
            for (Shape s : all) {
                if (!s.expanded() && box.x() < s.right() && s.x() < box.right() && box.y() < s.bottom() && s.y() < box.bottom()) {
                    faults.add("label of " + label.element() + " overlaps " + s.element());
                }
            }
            for (Label other : labels.values()) {
                if (other != label && box.x() < other.x() + other.w() && other.x() < box.right() && box.y() < other.y() + other.h()
                        && other.y() < box.bottom() && label.element().compareTo(other.element()) < 0) {
                    faults.add("labels overlap: " + label.element() + " / " + other.element());
                }
            }
            for (Edge edge : edges) {
                for (int k = 0; k + 1 < edge.points().size(); k++) {
                    if (crosses(edge.points().get(k), edge.points().get(k + 1), box)) {
                        faults.add("edge " + edge.element() + " crosses the label of " + label.element());
                    }
                }
            }
        }
        for (int i = 0; i < edges.size(); i++) {
            for (int j = i + 1; j < edges.size(); j++) {
                if (sharesLine(edges.get(i), edges.get(j))) {
                    faults.add("edges overlap: " + edges.get(i).element() + " / " + edges.get(j).element());
                }
            }
        }
        return faults;
    }

    private boolean related(Shape a, Shape b) {
        return a.element().equals(b.host()) || b.element().equals(a.host());
    }

    /** The segment p–q enters the inside of the shape (touching its border is allowed). */
    private static boolean crosses(Point p, Point q, Shape s) {
        double minX = Math.min(p.x(), q.x());
        double maxX = Math.max(p.x(), q.x());
        double minY = Math.min(p.y(), q.y());
        double maxY = Math.max(p.y(), q.y());
        return minX < s.right() && maxX > s.x() && minY < s.bottom() && maxY > s.y();
    }

    private static boolean sharesLine(Edge a, Edge b) {
        for (int i = 0; i + 1 < a.points().size(); i++) {
            for (int j = 0; j + 1 < b.points().size(); j++) {
                Point p = a.points().get(i);
                Point q = a.points().get(i + 1);
                Point r = b.points().get(j);
                Point t = b.points().get(j + 1);
                if (p.y() == q.y() && r.y() == t.y() && p.y() == r.y()
                        && overlap(p.x(), q.x(), r.x(), t.x())) {
                    return true;
                }
                if (p.x() == q.x() && r.x() == t.x() && p.x() == r.x()
                        && overlap(p.y(), q.y(), r.y(), t.y())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlap(double a1, double a2, double b1, double b2) {
        return Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2)) > 0;
    }
}
