package ml.modele.observation.infrastructure.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MaliMapTest {

    @Test
    void drawsTenRegionsWithShading() {
        MaliMap map = MaliMap.get();
        assertEquals(List.of("ML01", "ML02", "ML03", "ML04", "ML05", "ML06", "ML07", "ML08", "ML09", "ML10"),
                map.regionCodes().stream().sorted().toList());

        String svg = map.svg(Map.of("ML04", 1.0, "ML01", 0.0), null,
                List.of(new MaliMap.Marker(-6.26, 13.43, "Violence S1", true)), "Limites : geoBoundaries",
                Map.of("ML04", "Ségou 100 %"));

        assertEquals(10, svg.split("<path id=\"region-").length - 1);
        assertTrue(svg.contains("id=\"region-ML04\" data-region=\"ML04\" fill=\"#1b7837\""), svg.substring(0, 300));
        assertTrue(svg.contains("id=\"region-ML01\" data-region=\"ML01\" fill=\"#fff7bc\""));
        assertTrue(svg.contains("<title>Ségou 100 %</title>"));
        assertTrue(svg.contains("<circle class=\"incident\""));
        assertTrue(svg.contains("Limites : geoBoundaries</text>"));
        assertFalse(svg.contains("class=\"cercle\""));
    }

    @Test
    void noAttributionWhenPageShowsIt() {
        String svg = MaliMap.get().svg(Map.of(), null, List.of(), null, Map.of());

        assertFalse(svg.contains("<text"), svg.substring(svg.length() - 200));
        assertTrue(svg.contains("viewBox=\"0 0 600.0 480.0\""), svg.substring(0, 200));
    }

    @Test
    void zoomsToRegionWithItsCercles() {
        String svg = MaliMap.get().svg(Map.of(), "ML04", List.of(), "a", Map.of());
        assertEquals(1, svg.split("<path id=\"region-").length - 1);
        assertTrue(svg.contains("<title>Segou</title>") || svg.contains("<title>Ségou</title>"), svg);
        assertTrue(svg.split("class=\"cercle\"").length - 1 >= 5);
    }
}
