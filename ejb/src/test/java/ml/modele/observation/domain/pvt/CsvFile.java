package ml.modele.observation.domain.pvt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data read from a CSV file on the class path: a header row and data rows. Handles
 * double-quoted fields with commas and doubled quotes, but not line breaks inside a field.
 */
record CsvFile(List<String> header, List<List<String>> rows) {

    /** Reads a UTF-8 CSV resource. */
    static CsvFile read(String resource) {
        InputStream stream = CsvFile.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalArgumentException("Test resource not found: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<String> header = parseLine(reader.readLine());
            List<List<String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    rows.add(parseLine(line));
                }
            }
            return new CsvFile(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read test resource " + resource, e);
        }
    }

    /** Returns the index of the column named {@code name}. */
    int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("Column " + name + " not found in " + header);
        }
        return index;
    }

    private static List<String> parseLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
