package cn.ziping.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook opened once, read-only from the file's bytes (libraries.md trap 1:
 * {@code WorkbookFactory.create(File)} would write back into the input). The reader reads it and
 * the writer annotates the same object, so a file is parsed once.
 */
public final class OpenWorkbook implements AutoCloseable {

    /** Larger files are refused: a self-evaluation workbook is a few hundred KB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** The file formats we read and write; the output keeps the input's. */
    public enum Format {
        XLSX(".xlsx"), XLSM(".xlsm"), XLS(".xls");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private final Path path;
    private final Workbook workbook;
    private final Format format;
    private final List<ReadNote> notes;

    private OpenWorkbook(Path path, Workbook workbook, Format format, List<ReadNote> notes) {
        this.path = path;
        this.workbook = workbook;
        this.format = format;
        this.notes = notes;
    }

    /** What the reader must tell about how the file was read (a Strict file, rows left unread). */
    List<ReadNote> notes() {
        return notes;
    }

    public static OpenWorkbook open(Path path) throws UnreadableWorkbookException {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new UnreadableWorkbookException(String.format(
                        "文件过大（%.1f MB），超过 %d MB 的上限：请确认这是自评工作簿，删去无关的工作表或图片后再试。",
                        size / 1048576.0, MAX_BYTES / 1048576), null);
            }
            if (Files.isDirectory(path)) {
                throw new UnreadableWorkbookException("“" + path.getFileName() + "”是文件夹，不是 Excel 工作簿。", null);
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UnreadableWorkbookException("找不到文件“" + path + "”：请检查文件名和路径。", e);
        } catch (IOException e) {
            throw new UnreadableWorkbookException("无法读取文件“" + path.getFileName() + "”：" + e.getMessage(), e);
        }
        return open(path, bytes);
    }

    static OpenWorkbook open(Path path, byte[] bytes) throws UnreadableWorkbookException {
        String name = path.getFileName().toString();
        FileMagic magic = FileMagic.UNKNOWN;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            // too short to tell: WorkbookFactory says what it is below
        }
        boolean strict = false;
        Map<String, PackageRewrite.Truncated> truncated = Map.of();
        switch (magic) {
            case OOXML:
                FileKind.Zip zip = FileKind.scanZip(name, bytes);
                if (zip == null) break;
                if (zip.refusal() != null) throw new UnreadableWorkbookException(zip.refusal(), null);
                strict = zip.strict();
                PackageRewrite.Unlisted rels = PackageRewrite.withoutUnlistedSheets(zip.workbookXml(), zip.workbookRels());
                Map<String, byte[]> replaced = rels == null ? Map.of()
                        : Map.of(FileKind.WORKBOOK_RELS, rels.rels().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (strict || rels != null
                        || zip.sizes().entrySet().stream().anyMatch(e -> PackageRewrite.mayBeTooLong(e.getKey(), e.getValue()))) {
                    try {
                        PackageRewrite.Result r = PackageRewrite.rewrite(bytes, strict, zip.sizes(), replaced,
                                rels == null ? java.util.Set.of() : rels.parts());
                        bytes = r.bytes();
                        truncated = r.truncated();
                    } catch (IOException | RuntimeException e) {
                        // left as it is: POI says what is wrong with it
                    }
                }
                break;
            case OLE2:
                String other = FileKind.oleRefusal(name, bytes);
                if (other != null) throw new UnreadableWorkbookException(other, null);
                break;
            case HTML, XML:
                throw new UnreadableWorkbookException("“" + name + "”实际是网页或 XML 格式（常见于系统导出或“另存为网页”），不是真正的 Excel 工作簿：请在 Excel/WPS 中打开并另存为 .xlsx 后再试。", null);
            case BIFF2, BIFF3, BIFF4:
                throw new UnreadableWorkbookException("“" + name + "”是 Excel 4.0 或更早的格式：请在 Excel/WPS 中另存为 .xlsx 后再试。", null);
            case PDF:
                throw new UnreadableWorkbookException("“" + name + "”是 PDF 文件，不是 Excel 工作簿：请发送填写用的 .xlsx 工作簿。", null);
            default:
                if (bytes.length > 0) throw notExcel(name, null);
        }
        try {
            Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes));
            Format format;
            if (wb instanceof HSSFWorkbook) {
                format = Format.XLS;
            } else if (wb instanceof XSSFWorkbook x && (x.isMacroEnabled() || name.toLowerCase().endsWith(".xlsm"))) {
                format = Format.XLSM;
            } else {
                format = Format.XLSX;
            }
            List<ReadNote> notes = new java.util.ArrayList<>(ReadNote.of(wb, strict, truncated));
            notes.addAll(Repairs.all(wb));
            return new OpenWorkbook(path, wb, format, List.copyOf(notes));
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException("工作簿“" + name + "”已加密或设置了打开密码：请在 Excel/WPS 中取消密码，另存一份未加密的副本后再试。", e);
        } catch (OldFileFormatException e) {
            throw new UnreadableWorkbookException("“" + name + "”是 Excel 95 或更早的格式：请在 Excel/WPS 中另存为 .xlsx 后再试。", e);
        } catch (EmptyFileException e) {
            throw new UnreadableWorkbookException("文件“" + name + "”是空文件（0 字节），不是 Excel 工作簿。", e);
        } catch (NotOfficeXmlFileException | NotOLE2FileException
                 | OfficeXmlFileException e) {
            throw strict ? strict(name, e) : notExcel(name, e);
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            if (m.toLowerCase().contains("zip bomb")) {
                throw new UnreadableWorkbookException("“" + name + "”解压后的内容异常庞大（疑似压缩炸弹），为安全起见已拒绝处理。", e);
            }
            if (m.contains("neither an OLE2 stream, nor an OOXML stream") || m.contains("valid OOXML")) {
                throw notExcel(name, e);
            }
            throw strict ? strict(name, e) : corrupt(name, e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw strict ? strict(name, e) : corrupt(name, e);
        }
    }

    /** Says what the file is when it is not an ordinary workbook POI could read. */
    private static UnreadableWorkbookException strict(String name, Throwable e) {
        return new UnreadableWorkbookException("工作簿“" + name + "”是 Strict Open XML 格式，ziping 无法读取：请在 Excel 中打开，另存为 → Excel 工作簿（.xlsx）后再试。", e);
    }

    private static UnreadableWorkbookException notExcel(String name, Throwable e) {
        if (FileKind.wpsSpreadsheet(name)) return new UnreadableWorkbookException(FileKind.wpsRefusal(name), e);
        return new UnreadableWorkbookException("“" + name + "”不是 Excel 工作簿（.xlsx、.xlsm 或 .xls）：请在 Excel/WPS 中打开并另存为 .xlsx 后再试。", e);
    }

    private static UnreadableWorkbookException corrupt(String name, Throwable e) {
        if (FileKind.wpsSpreadsheet(name)) return new UnreadableWorkbookException(FileKind.wpsRefusal(name), e);
        return new UnreadableWorkbookException("工作簿“" + name + "”已损坏或结构异常，无法打开：请在 Excel/WPS 中打开并另存一份后再试。", e);
    }

    public Path path() {
        return path;
    }

    public Format format() {
        return format;
    }

    /** Does the workbook hold a results sheet that ziping wrote (an earlier output of ours)? */
    public boolean hasResultsSheet() {
        for (var sheet : workbook) {
            if (WorkbookReader.isResultsSheet(sheet)) return true;
        }
        return false;
    }

    /** The POI workbook: only read/ and write/ touch it. */
    public Workbook workbook() {
        return workbook;
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // opened from bytes: nothing to release on disk
        }
    }
}
