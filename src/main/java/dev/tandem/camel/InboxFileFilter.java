package dev.tandem.camel;

import dev.tandem.ingest.InputNames;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * The inbox route's file filter ({@code filter: "#class:dev.tandem.camel.InboxFileFilter"}): takes
 * the files {@link InputNames} calls inputs, and looks into every subfolder but hidden ones (the
 * inbox's own {@code .done/} and {@code .error/} among them) and symbolic links to folders, which
 * {@code process DIR} does not follow either and which could loop.
 */
public final class InboxFileFilter implements GenericFileFilter<File> {
    /** Whether the route takes {@code file}, or, for a folder, looks into it. */
    @Override
    public boolean accept(GenericFile<File> file) {
        if (file.isDirectory()) {
            return InputNames.isWalked(file.getFileNameOnly()) && !Files.isSymbolicLink(file.getFile().toPath());
        }
        return InputNames.isInput(Path.of(file.getRelativeFilePath()));
    }
}
