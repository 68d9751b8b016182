package th.ita.measures.service;

import java.nio.file.Path;

/**
 * A file as it was uploaded, before it is checked: the name and media type the client gave, its
 * size, and where the upload left its bytes.
 */
public record NewFile(String fileName, String declaredType, long size, Path bytes) {}
