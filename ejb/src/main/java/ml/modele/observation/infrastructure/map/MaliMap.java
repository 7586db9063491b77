package ml.modele.observation.infrastructure.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * Map of Mali's régions (and of a région's cercles when zoomed in) drawn as inline SVG from the
 * bundled GeoJSON boundaries, so that the situation room needs no tile server. Régions are
 * shaded by a share (reporting coverage) and incidents drawn as markers.
 */
public final class MaliMap {

    private static final String FOLDER = "/ml/modele/observation/boundaries/";
    private static final double WIDTH = 600;
    private static final double HEIGHT = 480;

    private static volatile MaliMap instance;

    private final List<Area> regions;
    private final List<Area> cercles;

    /** Boundary of one région or cercle. {@code regionCode} is the région it belongs to. */
    record Area(String code, String name, String regionCode, List<List<double[]>> rings) {
    }

    /** Incident marker at a longitude and latitude. */
    public record Marker(double longitude, double latitude, String title, boolean critical) {
    }

    private MaliMap(List<Area> regions, List<Area> cercles) {
        this.regions = regions;
        this.cercles = cercles;
    }

    /** Returns the map, reading the boundary files on first use. */
    public static MaliMap get() {
        MaliMap map = instance;
        if (map == null) {
            synchronized (MaliMap.class) {
                if (instance == null) {
                    instance = new MaliMap(read("mali-adm1-ml01-ml10.geojson", true),
                            read("mali-adm2-cercles.geojson", false));
                }
                map = instance;
            }
        }
        return map;
    }

    /** Returns the P-codes of the régions with a boundary, in file order. */
    public List<String> regionCodes() {
        return regions.stream().map(Area::code).toList();
    }

    /**
     * Draws the map.
     *
     * @param shareByRegion coverage share in [0, 1] per région P-code; a région without one is grey
     * @param zoomRegion    région P-code to zoom to, drawing its cercles, or null for the whole country
     * @param markers       incidents
     * @param attribution   licence text written at the bottom of the map, or null when the page
     *                      shows it beside the map
     * @param labelOf       text of each région's tooltip by P-code (name and share)
     */
    public String svg(Map<String, Double> shareByRegion, String zoomRegion, List<Marker> markers,
                      String attribution, Map<String, String> labelOf) {
        List<Area> shown = zoomRegion == null ? regions
                : regions.stream().filter(area -> area.code().equals(zoomRegion)).toList();
        Box box = Box.of(shown.isEmpty() ? regions : shown);
        StringBuilder svg = new StringBuilder();
        boolean withAttribution = attribution != null && !attribution.isBlank();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mali-map\" viewBox=\"0 0 ")
                .append(format(WIDTH)).append(' ').append(format(withAttribution ? HEIGHT + 20 : HEIGHT))
                .append("\" role=\"img\">");
        for (Area region : shown) {
            Double share = shareByRegion.get(region.code());
            svg.append("<path id=\"region-").append(region.code()).append("\" data-region=\"").append(region.code())
                    .append("\" fill=\"").append(fill(share)).append("\" stroke=\"#555\" stroke-width=\"0.8\" d=\"")
                    .append(path(region, box)).append("\"><title>")
                    .append(escape(labelOf.getOrDefault(region.code(), region.name()))).append("</title></path>");
        }
        if (zoomRegion != null) {
            for (Area cercle : cercles) {
                if (cercle.regionCode().equals(zoomRegion)) {
                    svg.append("<path class=\"cercle\" fill=\"none\" stroke=\"#888\" stroke-width=\"0.5\" d=\"")
                            .append(path(cercle, box)).append("\"><title>").append(escape(cercle.name()))
                            .append("</title></path>");
                }
            }
        }
        for (Marker marker : markers) {
            double[] point = box.project(marker.longitude(), marker.latitude());
            if (point[0] < 0 || point[0] > WIDTH || point[1] < 0 || point[1] > HEIGHT) {
                continue;
            }
            svg.append("<circle class=\"incident\" cx=\"").append(format(point[0])).append("\" cy=\"")
                    .append(format(point[1])).append("\" r=\"4\" fill=\"").append(marker.critical() ? "#c62828" : "#f9a825")
                    .append("\" stroke=\"#fff\"><title>").append(escape(marker.title())).append("</title></circle>");
        }
        if (withAttribution) {
            svg.append("<text x=\"4\" y=\"").append(format(HEIGHT + 14)).append("\" font-size=\"9\" fill=\"#444\">")
                    .append(escape(attribution)).append("</text>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** Returns the centre of a région's bounding box as longitude and latitude, for markers without coordinates. */
    public double[] centre(String regionCode) {
        for (Area region : regions) {
            if (region.code().equals(regionCode)) {
                Box box = Box.of(List.of(region));
                return new double[] {(box.minLon + box.maxLon) / 2, (box.minLat + box.maxLat) / 2};
            }
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    /** Light yellow for 0 to dark green for 1; grey without a share. */
    static String fill(Double share) {
        if (share == null || share.isNaN()) {
            return "#e0e0e0";
        }
        double t = Math.max(0, Math.min(1, share));
        int red = (int) Math.round(255 + (27 - 255) * t);
        int green = (int) Math.round(247 + (120 - 247) * t);
        int blue = (int) Math.round(188 + (55 - 188) * t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    private static String path(Area area, Box box) {
        StringBuilder d = new StringBuilder();
        for (List<double[]> ring : area.rings()) {
            for (int i = 0; i < ring.size(); i++) {
                double[] point = box.project(ring.get(i)[0], ring.get(i)[1]);
                d.append(i == 0 ? 'M' : 'L').append(format(point[0])).append(' ').append(format(point[1]));
            }
            d.append('Z');
        }
        return d.toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * Bounding box in degrees and its projection: equirectangular, with longitudes scaled by the
     * cosine of the middle latitude so that shapes keep their proportions, fitted to the canvas.
     */
    private record Box(double minLon, double maxLon, double minLat, double maxLat) {

        static Box of(List<Area> areas) {
            double minLon = Double.MAX_VALUE;
            double maxLon = -Double.MAX_VALUE;
            double minLat = Double.MAX_VALUE;
            double maxLat = -Double.MAX_VALUE;
            for (Area area : areas) {
                for (List<double[]> ring : area.rings()) {
                    for (double[] point : ring) {
                        minLon = Math.min(minLon, point[0]);
                        maxLon = Math.max(maxLon, point[0]);
                        minLat = Math.min(minLat, point[1]);
                        maxLat = Math.max(maxLat, point[1]);
                    }
                }
            }
            return new Box(minLon, maxLon, minLat, maxLat);
        }

        double[] project(double longitude, double latitude) {
            double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
            double width = (maxLon - minLon) * cos;
            double height = maxLat - minLat;
            double scale = Math.min((WIDTH - 10) / width, (HEIGHT - 10) / height);
            double offsetX = (WIDTH - width * scale) / 2;
            double offsetY = (HEIGHT - height * scale) / 2;
            return new double[] {offsetX + (longitude - minLon) * cos * scale, offsetY + (maxLat - latitude) * scale};
        }
    }

    private static List<Area> read(String file, boolean regionFile) {
        try (InputStream in = MaliMap.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Boundary file " + FOLDER + file + " is missing from the build");
            }
            try (JsonReader reader = Json.createReader(in)) {
                List<Area> areas = new ArrayList<>();
                for (JsonValue value : reader.readObject().getJsonArray("features")) {
                    JsonObject feature = value.asJsonObject();
                    JsonObject properties = feature.getJsonObject("properties");
                    String code = regionFile ? properties.getString("pcode") : properties.getString("name");
                    String regionCode = regionFile ? code : properties.getString("adm1_pcode");
                    areas.add(new Area(code, properties.getString("name"), regionCode,
                            rings(feature.getJsonObject("geometry"))));
                }
                return List.copyOf(areas);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read boundary file " + file, e);
        }
    }

    private static List<List<double[]>> rings(JsonObject geometry) {
        List<List<double[]>> rings = new ArrayList<>();
        JsonArray coordinates = geometry.getJsonArray("coordinates");
        switch (geometry.getString("type")) {
            case "Polygon" -> addPolygon(coordinates, rings);
            case "MultiPolygon" -> coordinates.forEach(polygon -> addPolygon(polygon.asJsonArray(), rings));
            default -> throw new IllegalStateException("Unsupported geometry " + geometry.getString("type"));
        }
        return rings;
    }

    private static void addPolygon(JsonArray polygon, List<List<double[]>> rings) {
        for (JsonValue ring : polygon) {
            List<double[]> points = new ArrayList<>();
            for (JsonValue position : ring.asJsonArray()) {
                JsonArray pair = position.asJsonArray();
                points.add(new double[] {pair.getJsonNumber(0).doubleValue(), pair.getJsonNumber(1).doubleValue()});
            }
            rings.add(points);
        }
    }
}
