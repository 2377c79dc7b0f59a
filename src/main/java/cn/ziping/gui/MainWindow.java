package cn.ziping.gui;

import cn.ziping.app.Options;
import cn.ziping.score.Profile;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The window: inputs (drop zone, 选择文件…, profile, 修正计算值), progress with 取消, the files of
 * the run, and for the selected file its department line, findings and projects. All work is the
 * {@link CheckRun}'s, off the event thread; this class only shows its states.
 */
public final class MainWindow extends JFrame {

    final CheckRun run;
    final ResultTables tables = new ResultTables();
    final JButton choose = new JButton("选择文件…");
    final JComboBox<Profile> profile = new JComboBox<>(Profile.ALL.toArray(new Profile[0]));
    final JCheckBox fix = new JCheckBox("修正计算值");
    final JProgressBar progress = new JProgressBar();
    final JLabel progressText = new JLabel(RunState.IDLE.progressText());
    final JButton cancel = new JButton("取消");
    final JButton attachReport = new JButton("附加报告…");
    final JButton removeReport = new JButton("移除报告");
    final JLabel reportText = new JLabel();
    /** The narrative report attached with 附加报告… (or dropped alone), used by the next runs; null if none. */
    private Path report;
    private final Settings settings;
    private final Actions actions;
    private final FileDrop drop;

    MainWindow(Settings settings, CheckRun.Processor processor) {
        super("ziping 预算项目绩效自评表校验");
        this.settings = settings;
        this.run = new CheckRun(processor, s -> SwingUtilities.invokeLater(() -> show(s)));
        this.actions = new Actions(this, tables::selected, settings);
        this.drop = new FileDrop(() -> !run.state().busy(), this::check);
        setName("ziping");
        java.net.URL icon = MainWindow.class.getResource("icon.png");
        if (icon != null) setIconImage(new javax.swing.ImageIcon(icon).getImage());
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        choose.setName("choose");
        profile.setName("profile");
        fix.setName("fix");
        progress.setName("progress");
        progressText.setName("progressText");
        cancel.setName("cancel");
        cancel.setEnabled(false);
        attachReport.setName("attachReport");
        removeReport.setName("removeReport");
        reportText.setName("reportText");
        attachReport.setToolTipText("选一份绩效自评报告（.docx、.txt、.pdf），核对报告中的数字与工作簿是否一致（N001）");
        attachReport.addActionListener(e -> chooseReport());
        removeReport.addActionListener(e -> attach(null));
        attach(null);
        profile.setSelectedItem(settings.profile());
        profile.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object v, int i, boolean sel, boolean focus) {
                return super.getListCellRendererComponent(list, v instanceof Profile p ? p.title() : v, i, sel, focus);
            }
        });
        fix.setSelected(settings.fix());
        fix.setToolTipText("把与规则不符的计算项改为 ziping 的计算值（原值保留在批注中）；不勾选时只标注、不修改");
        choose.addActionListener(e -> chooseFiles());
        cancel.addActionListener(e -> run.cancel());
        tables.files.getSelectionModel().addListSelectionListener(e -> {
            tables.details();
            actions.update();
        });
        tables.findings.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && tables.findings.rowAtPoint(e.getPoint()) >= 0) actions.openResult();
            }
        });
        tables.findings.setToolTipText("双击打开标注后的副本");
        setContentPane(layoutAll());
        setTransferHandler(drop);
        tables.files.setTransferHandler(drop);
        setSize(settings.width(), settings.height());
        setMinimumSize(new Dimension(760, 520));
        setLocationRelativeTo(null);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                settings.size(getWidth(), getHeight());
                settings.profile((Profile) profile.getSelectedItem());
                settings.fix(fix.isSelected());
                run.shutdown();
            }
        });
    }

    private JPanel layoutAll() {
        JLabel zone = new JLabel("把工作簿或文件夹拖到这里（.xlsx、.xlsm、.xls；可连同报告 .docx、.txt、.pdf），或", SwingConstants.CENTER);
        zone.setName("dropZone");
        JPanel dropZone = new JPanel(new FlowLayout(FlowLayout.CENTER, 12, 12));
        dropZone.add(zone);
        dropZone.add(choose);
        dropZone.setBorder(BorderFactory.createDashedBorder(new Color(0x8FA8C8), 2, 6, 4, true));
        dropZone.setTransferHandler(drop);
        JPanel options = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 14));
        options.add(new JLabel("评分规则："));
        options.add(profile);
        options.add(fix);
        JPanel inputs = new JPanel(new BorderLayout(12, 0));
        inputs.add(dropZone, BorderLayout.CENTER);
        inputs.add(options, BorderLayout.EAST);
        JPanel progressRow = new JPanel(new BorderLayout(10, 0));
        progressText.setPreferredSize(new Dimension(520, progressText.getPreferredSize().height));
        progressRow.add(progressText, BorderLayout.WEST);
        progressRow.add(progress, BorderLayout.CENTER);
        progressRow.add(cancel, BorderLayout.EAST);
        JPanel reportRow = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 0));
        reportRow.add(attachReport);
        reportRow.add(reportText);
        reportRow.add(removeReport);
        JPanel north = new JPanel(new BorderLayout(0, 8));
        north.add(inputs, BorderLayout.NORTH);
        north.add(reportRow, BorderLayout.CENTER);
        north.add(progressRow, BorderLayout.SOUTH);

        JPanel findingsHead = new JPanel(new BorderLayout());
        findingsHead.add(new JLabel("发现的问题（双击打开结果工作簿）"), BorderLayout.WEST);
        JPanel filter = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        filter.add(new JLabel("严重程度："));
        filter.add(tables.severity);
        findingsHead.add(filter, BorderLayout.EAST);
        JPanel findings = titled(findingsHead, tables.findings);
        JPanel projects = titled(new JLabel("各项目得分（ziping 计算值）"), tables.projects);
        JSplitPane tablesSplit = new JSplitPane(JSplitPane.VERTICAL_SPLIT, findings, projects);
        tablesSplit.setResizeWeight(0.55);
        tablesSplit.setBorder(null);
        JPanel detail = new JPanel(new BorderLayout(0, 6));
        tables.department.setBorder(BorderFactory.createEmptyBorder(4, 2, 2, 2));
        detail.add(tables.department, BorderLayout.NORTH);
        detail.add(tablesSplit, BorderLayout.CENTER);
        JScrollPane filesScroll = new JScrollPane(tables.files);
        filesScroll.setPreferredSize(new Dimension(600, 120));
        filesScroll.setTransferHandler(drop);
        JSplitPane main = new JSplitPane(JSplitPane.VERTICAL_SPLIT, filesScroll, detail);
        main.setResizeWeight(0.2);
        main.setBorder(null);

        JPanel actionsRow = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 0));
        actionsRow.add(actions.openResult);
        actionsRow.add(actions.openFolder);
        actionsRow.add(actions.copy);
        JPanel south = new JPanel(new BorderLayout());
        south.add(actionsRow, BorderLayout.WEST);
        south.add(actions.template, BorderLayout.EAST);

        JPanel root = new JPanel(new BorderLayout(0, 8));
        root.setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 12));
        root.add(north, BorderLayout.NORTH);
        root.add(main, BorderLayout.CENTER);
        root.add(south, BorderLayout.SOUTH);
        return root;
    }

    private static JPanel titled(Component head, Component table) {
        JPanel p = new JPanel(new BorderLayout(0, 4));
        p.add(head, BorderLayout.NORTH);
        p.add(new JScrollPane(table), BorderLayout.CENTER);
        return p;
    }

    /** Checks {@code inputs} (files or folders) with the chosen profile and 修正计算值. */
    void check(List<Path> inputs) {
        if (inputs.isEmpty()) return;
        // a report given alone is attached for the next run rather than run without a workbook
        if (inputs.size() == 1 && !inputs.get(0).toFile().isDirectory()
                && ReportPairing.isReportName(String.valueOf(inputs.get(0).getFileName()))) {
            attach(inputs.get(0));
            return;
        }
        Path first = inputs.get(0).toAbsolutePath();
        settings.folder(first.toFile().isDirectory() ? first : first.getParent());
        Profile p = (Profile) profile.getSelectedItem();
        settings.profile(p);
        settings.fix(fix.isSelected());
        run.start(inputs, new Options(p.name(), fix.isSelected()).withReport(report));
    }

    private void chooseFiles() {
        JFileChooser chooser = new JFileChooser(settings.folder().toFile());
        chooser.setDialogTitle("选择要校验的工作簿或文件夹");
        chooser.setMultiSelectionEnabled(true);
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        chooser.setFileFilter(new FileNameExtensionFilter("工作簿（*.xlsx、*.xlsm、*.xls）及报告（*.docx、*.txt、*.pdf）",
                "xlsx", "xlsm", "xls", "docx", "txt", "pdf"));
        if (chooser.showDialog(this, "校验") != JFileChooser.APPROVE_OPTION) return;
        check(Arrays.stream(chooser.getSelectedFiles()).map(File::toPath).toList());
    }

    private void chooseReport() {
        JFileChooser chooser = new JFileChooser(settings.folder().toFile());
        chooser.setDialogTitle("选择绩效自评报告");
        chooser.setFileFilter(new FileNameExtensionFilter("绩效自评报告（*.docx、*.txt、*.pdf）", "docx", "txt", "pdf"));
        if (chooser.showDialog(this, "附加") != JFileChooser.APPROVE_OPTION) return;
        attach(chooser.getSelectedFile().toPath());
    }

    /** Attaches {@code file} as the report for the next runs (null: none). It is read only when a run uses it. */
    void attach(Path file) {
        report = file;
        reportText.setText(file == null
                ? "未附加报告（可附加绩效自评报告，核对报告中的数字；多个工作簿时与同名工作簿对照）"
                : "报告：" + file.getFileName() + "（与同名工作簿对照；只校验一个工作簿时即对照该工作簿）");
        removeReport.setVisible(file != null);
    }

    /** Shows one state of the run (on the event thread). */
    private void show(RunState s) {
        boolean busy = s.busy();
        choose.setEnabled(!busy);
        attachReport.setEnabled(!busy);
        removeReport.setEnabled(!busy);
        profile.setEnabled(!busy);
        fix.setEnabled(!busy);
        cancel.setEnabled(s.phase() == RunState.Phase.RUNNING);
        progress.setIndeterminate(s.phase() == RunState.Phase.LISTING);
        progress.setMaximum(Math.max(1, s.total()));
        progress.setValue(s.done());
        progressText.setText(s.progressText());
        tables.show(s.rows());
        actions.update();
    }
}
