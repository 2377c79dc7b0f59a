package cn.ziping.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One random, structure-aware damage to an XML part of a workbook package: drop, duplicate or
 * truncate an element, drop an attribute, corrupt a number, a cell reference or a merge range,
 * change a cell's type, or cut the part's bytes short. Driven by the caller's {@link Random}, so a
 * seed replays exactly; {@link #apply} returns what it did, for the report.
 */
final class XmlMutator {

    static final String[] NUMBERS = {"-1", "0", "1.5", "99999", "2147483648", "1e308", "-1e308", "NaN", "", "abc", "٣", "0x10"};
    static final String[] REFS = {"A0", "A", "1", "ZZZZ1", "XFE1", "A1048577", "", "B2:A1", "A1:XFD1048576", "$A$1",
        "A1:A1:A1", "A1:B", "IV65537", "a1", "R1C1", "A-1"};
    static final String[] TYPES = {"s", "n", "b", "e", "str", "inlineStr", "d", "x", ""};
    static final String[] REF_ATTRS = {"r", "ref", "sqref", "location", "spans"};

    private final Random random;

    XmlMutator(Random random) {
        this.random = random;
    }

    record Mutated(byte[] xml, String what) {
    }

    Mutated apply(byte[] xml) throws Exception {
        if (random.nextInt(20) == 0) {
            int cut = random.nextInt(Math.max(1, xml.length));
            return new Mutated(java.util.Arrays.copyOf(xml, cut), "cut at byte " + cut);
        }
        Document doc = parse(xml);
        List<Element> all = new ArrayList<>();
        collect(doc.getDocumentElement(), all);
        // prefer the interesting elements: cells, values, merges, rows, fonts/fills/xfs, sheets, strings
        Element e = all.get(random.nextInt(all.size()));
        for (int tries = 0; tries < 3 && !interesting(e); tries++) e = all.get(random.nextInt(all.size()));
        String at = path(e);
        String what;
        switch (random.nextInt(8)) {
            case 0 -> {
                if (e == doc.getDocumentElement()) return new Mutated(xml, "nothing (root)");
                e.getParentNode().removeChild(e);
                what = "drop " + at;
            }
            case 1 -> {
                if (e == doc.getDocumentElement()) return new Mutated(xml, "nothing (root)");
                e.getParentNode().insertBefore(e.cloneNode(true), e.getNextSibling());
                what = "duplicate " + at;
            }
            case 2 -> {
                NodeList kids = e.getChildNodes();
                int keep = kids.getLength() == 0 ? 0 : random.nextInt(kids.getLength());
                while (e.getChildNodes().getLength() > keep) e.removeChild(e.getLastChild());
                what = "truncate " + at + " to " + keep + " children";
            }
            case 3 -> {
                Attr a = attribute(e);
                if (a == null) return new Mutated(xml, "nothing (no attribute on " + at + ")");
                e.removeAttributeNode(a);
                what = "drop @" + a.getName() + " of " + at;
            }
            case 4 -> {
                String v = NUMBERS[random.nextInt(NUMBERS.length)];
                Attr a = attribute(e);
                if (e.getLocalName().equals("v") || a == null) {
                    e.setTextContent(v);
                    what = "text of " + at + " := '" + v + "'";
                } else {
                    a.setValue(v);
                    what = "@" + a.getName() + " of " + at + " := '" + v + "'";
                }
            }
            case 5 -> {
                String v = REFS[random.nextInt(REFS.length)];
                String name = REF_ATTRS[random.nextInt(REF_ATTRS.length)];
                Element target = e;
                for (Element x : all) {
                    if (x.hasAttribute(name) && random.nextInt(4) == 0) {
                        target = x;
                        break;
                    }
                }
                target.setAttribute(name, v);
                what = "@" + name + " of " + path(target) + " := '" + v + "'";
            }
            case 6 -> {
                String v = mergeRange();
                Element target = e;
                for (Element x : all) {
                    if (x.getLocalName().equals("mergeCell") && random.nextBoolean()) {
                        target = x;
                        break;
                    }
                }
                target.setAttribute("ref", v);
                what = "merge @ref of " + path(target) + " := '" + v + "'";
            }
            default -> {
                String v = TYPES[random.nextInt(TYPES.length)];
                Element target = e;
                for (Element x : all) {
                    if (x.getLocalName().equals("c") && random.nextInt(8) == 0) {
                        target = x;
                        break;
                    }
                }
                target.setAttribute("t", v);
                what = "@t of " + path(target) + " := '" + v + "'";
            }
        }
        return new Mutated(serialize(doc), what);
    }

    private String mergeRange() {
        int r1 = random.nextInt(30) + 1;
        int c1 = random.nextInt(12);
        int r2 = r1 + random.nextInt(40) - 10;
        int c2 = c1 + random.nextInt(14) - 3;
        return col(c1) + r1 + ":" + col(Math.max(0, c2)) + Math.max(0, r2);
    }

    private static String col(int c) {
        return c < 26 ? String.valueOf((char) ('A' + c)) : "A" + (char) ('A' + c - 26);
    }

    private Attr attribute(Element e) {
        NamedNodeMap attrs = e.getAttributes();
        List<Attr> real = new ArrayList<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (!a.getName().startsWith("xmlns")) real.add(a);
        }
        return real.isEmpty() ? null : real.get(random.nextInt(real.size()));
    }

    private static boolean interesting(Element e) {
        return switch (e.getLocalName()) {
            case "c", "v", "f", "row", "mergeCell", "mergeCells", "si", "t", "xf", "font", "fill", "numFmt", "sheet",
                 "definedName", "cellXfs", "sst", "sheetData", "dimension", "col", "border" -> true;
            default -> false;
        };
    }

    private static void collect(Element e, List<Element> out) {
        out.add(e);
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) collect(child, out);
        }
    }

    private static String path(Element e) {
        StringBuilder b = new StringBuilder(e.getLocalName());
        if (e.hasAttribute("r")) b.append("[r=").append(e.getAttribute("r")).append(']');
        for (Node p = e.getParentNode(); p instanceof Element pe; p = pe.getParentNode()) b.insert(0, pe.getLocalName() + "/");
        return b.toString();
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new ByteArrayInputStream(xml));
    }

    static byte[] serialize(Document doc) throws Exception {
        Transformer t = TransformerFactory.newInstance().newTransformer();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }

    static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
