package cn.ziping.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Tells an earlier output of ours (a workbook whose 校验结果 sheet starts with
 * {@link WorkbookReader#RESULTS_MARK}) from any other file, without parsing the workbook: for
 * .xlsx/.xlsm it reads the sheet list, the one sheet's first cell and, where that cell is a shared
 * string, the shared strings up to it. Parsing the whole existing output cost as much as
 * processing the input again on every re-run. Anything unexpected answers "not ours", the safe
 * side: the file is then left alone.
 */
public final class OutputMark {

    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private OutputMark() {
    }

    /** Is {@code file} a workbook that ziping wrote (it carries our results sheet)? */
    public static boolean isOurOutput(Path file) {
        if (!Files.isRegularFile(file)) return false;
        try (InputStream in = Files.newInputStream(file)) {
            FileMagic magic = FileMagic.valueOf(FileMagic.prepareToCheckMagic(in));
            if (magic == FileMagic.OLE2) return viaWorkbook(file);
            if (magic != FileMagic.OOXML) return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return startsWithMark(zip);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return false;
        }
    }

    /** .xls: no part list to read; open it (rare: outputs keep the input's format). */
    private static boolean viaWorkbook(Path file) {
        try (OpenWorkbook existing = OpenWorkbook.open(file)) {
            return existing.hasResultsSheet();
        } catch (UnreadableWorkbookException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWithMark(ZipFile zip) throws IOException, XMLStreamException {
        Map<String, String> targets = relationships(zip, "xl/_rels/workbook.xml.rels");
        String sheetId = null;
        XMLStreamReader x = reader(zip, "xl/workbook.xml");
        if (x == null) return false;
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("sheet")) {
                    String name = x.getAttributeValue(null, "name");
                    if (WorkbookReader.RESULTS_SHEET.equals(name) || WorkbookReader.RESULTS_SHEET_ALT.equals(name)) {
                        sheetId = x.getAttributeValue(REL_NS, "id");
                        String text = firstCell(zip, part(targets.get(sheetId)), targets);
                        if (text != null && text.startsWith(WorkbookReader.RESULTS_MARK)) return true;
                    }
                }
            }
        } finally {
            x.close();
        }
        return false;
    }

    /** The text of cell A1 of a sheet part when it is a string cell, else null. */
    private static String firstCell(ZipFile zip, String sheetPart, Map<String, String> targets)
            throws IOException, XMLStreamException {
        if (sheetPart == null) return null;
        XMLStreamReader x = reader(zip, sheetPart);
        if (x == null) return null;
        try {
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT || !x.getLocalName().equals("c")) continue;
                if (!"A1".equals(x.getAttributeValue(null, "r"))) return null;
                String type = x.getAttributeValue(null, "t");
                if ("inlineStr".equals(type)) return textOf(x, "is");
                if (!"s".equals(type)) return null;
                String v = textOf(x, "c");
                return v == null ? null : sharedString(zip, targets, Integer.parseInt(v.strip()));
            }
            return null;
        } finally {
            x.close();
        }
    }

    /** The concatenated text content up to the end of element {@code end}. */
    private static String textOf(XMLStreamReader x, String end) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        while (x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) b.append(x.getText());
            if (e == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals(end)) break;
        }
        return b.toString();
    }

    private static String sharedString(ZipFile zip, Map<String, String> targets, int index)
            throws IOException, XMLStreamException {
        String part = null;
        for (var e : targets.entrySet()) {
            if (e.getValue().endsWith("sharedStrings.xml")) part = part(e.getValue());
        }
        if (part == null) return null;
        XMLStreamReader x = reader(zip, part);
        if (x == null) return null;
        try {
            int i = -1;
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("si") && ++i == index) {
                    return textOf(x, "si");
                }
            }
            return null;
        } finally {
            x.close();
        }
    }

    private static Map<String, String> relationships(ZipFile zip, String part) throws IOException, XMLStreamException {
        Map<String, String> map = new HashMap<>();
        XMLStreamReader x = reader(zip, part);
        if (x == null) return map;
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")) {
                    map.put(x.getAttributeValue(null, "Id"), x.getAttributeValue(null, "Target"));
                }
            }
        } finally {
            x.close();
        }
        return map;
    }

    /** A workbook relationship target as a zip entry name ({@code worksheets/sheet3.xml} → {@code xl/worksheets/sheet3.xml}). */
    private static String part(String target) {
        if (target == null) return null;
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    private static XMLStreamReader reader(ZipFile zip, String name) throws IOException, XMLStreamException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) return null;
        XMLInputFactory f = XMLInputFactory.newFactory();
        // no DTDs, no external entities (libraries.md trap 8)
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f.createXMLStreamReader(zip.getInputStream(e));
    }
}
