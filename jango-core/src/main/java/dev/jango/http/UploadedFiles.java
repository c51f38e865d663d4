package dev.jango.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of a form, by field name, like Django's {@code request.FILES}: an immutable ordered multi-map
 * where {@link #get} returns the last file of a field and {@link #getList} all of them in the order sent.
 */
public final class UploadedFiles implements Iterable<UploadedFile> {

    private static final UploadedFiles EMPTY = new UploadedFiles(List.of());

    private final List<UploadedFile> files;

    private UploadedFiles(List<UploadedFile> files) {
        this.files = files;
    }

    /** No files. */
    public static UploadedFiles empty() {
        return EMPTY;
    }

    /** The files in the order given, each under its {@link UploadedFile#fieldName()}. */
    public static UploadedFiles of(List<UploadedFile> files) {
        return files.isEmpty() ? EMPTY : new UploadedFiles(List.copyOf(files));
    }

    /** The last file sent in field {@code fieldName}, or null when there is none. */
    public UploadedFile get(String fieldName) {
        for (int i = files.size() - 1; i >= 0; i--) {
            if (files.get(i).fieldName().equals(fieldName)) {
                return files.get(i);
            }
        }
        return null;
    }

    /** Every file sent in field {@code fieldName}, in order; empty when there is none. */
    public List<UploadedFile> getList(String fieldName) {
        List<UploadedFile> found = new ArrayList<>(1);
        for (UploadedFile file : files) {
            if (file.fieldName().equals(fieldName)) {
                found.add(file);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /** True when at least one file was sent in field {@code fieldName}. */
    public boolean contains(String fieldName) {
        return get(fieldName) != null;
    }

    /** The distinct field names in order of first appearance. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        files.forEach(file -> keys.add(file.fieldName()));
        return Collections.unmodifiableSet(keys);
    }

    /** Every file in the order sent. */
    public List<UploadedFile> all() {
        return files;
    }

    /** Every field name with all its files, in order of first appearance. */
    public Map<String, List<UploadedFile>> asMap() {
        Map<String, List<UploadedFile>> map = new LinkedHashMap<>();
        files.forEach(file -> map.computeIfAbsent(file.fieldName(), k -> new ArrayList<>(1)).add(file));
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    /** The number of files, repeats included. */
    public int size() {
        return files.size();
    }

    /** True when there are no files. */
    public boolean isEmpty() {
        return files.isEmpty();
    }

    @Override
    public Iterator<UploadedFile> iterator() {
        return files.iterator();
    }

    @Override
    public String toString() {
        return "UploadedFiles" + files;
    }
}
