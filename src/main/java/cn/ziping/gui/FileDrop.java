package cn.ziping.gui;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.swing.TransferHandler;

/** Accepts files and folders dropped on the window (not while a run is going on). */
final class FileDrop extends TransferHandler {

    private final BooleanSupplier accepting;
    private final Consumer<List<Path>> target;

    FileDrop(BooleanSupplier accepting, Consumer<List<Path>> target) {
        this.accepting = accepting;
        this.target = target;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return accepting.getAsBoolean() && support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) return false;
        try {
            List<?> files = (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
            List<Path> paths = files.stream().filter(File.class::isInstance).map(f -> ((File) f).toPath()).toList();
            if (paths.isEmpty()) return false;
            target.accept(paths);
            return true;
        } catch (UnsupportedFlavorException | IOException e) {
            return false;
        }
    }
}
