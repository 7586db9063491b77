package ml.modele.observation.infrastructure.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import ml.modele.observation.domain.geography.PollingCentre;
import ml.modele.observation.domain.geography.PollingFrame;
import ml.modele.observation.domain.geography.PollingStation;

/**
 * Writes a polling frame in the station file layout, with the optional {@code generated} column,
 * so that {@link PollingStationImporter} reads it back to an equal frame.
 */
public final class StationFileWriter {

    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private StationFileWriter() {
    }

    /**
     * Writes comma-separated UTF-8 with a byte order mark, so that spreadsheets show the accents,
     * and CRLF line ends as RFC 4180 has them. Rows follow the frame's station order.
     */
    public static void write(PollingFrame frame, OutputStream output) throws IOException {
        output.write(UTF8_BYTE_ORDER_MARK);
        Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        write(frame, writer);
        writer.flush();
    }

    /** Writes the rows as CSV text without a byte order mark. */
    public static void write(PollingFrame frame, Writer writer) throws IOException {
        List<String> header = new ArrayList<>(StationFileColumns.REQUIRED);
        header.add(StationFileColumns.GENERATED);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(header);

        Map<String, PollingCentre> centres = frame.centresByCode();
        for (PollingStation station : frame.stations()) {
            PollingCentre centre = centres.get(station.centreCode());
            boolean hasPosition = station.coordinates() != null;
            printer.printRecord(
                    centre.communeCode(),
                    centre.code(),
                    centre.name(),
                    station.code(),
                    Integer.toString(station.registeredVoters()),
                    hasPosition ? decimal(station.coordinates().latitude()) : "",
                    hasPosition ? decimal(station.coordinates().longitude()) : "",
                    station.areaType().fileValue(),
                    station.generated() ? "oui" : "non");
        }
        printer.flush();
    }

    private static String decimal(double degrees) {
        return BigDecimal.valueOf(degrees).toPlainString();
    }
}
