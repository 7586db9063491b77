package ml.modele.observation.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeapSamplerTest {

    @Test
    void readsUsedHeapFromPrometheusText() {
        String page = """
                # TYPE memory_usedHeap_bytes gauge
                # HELP memory_usedHeap_bytes Displays the amount of used memory in bytes.
                memory_usedHeap_bytes{mp_scope="base"} 1.72507648E8
                # TYPE memory_usedNonHeap_bytes gauge
                memory_usedNonHeap_bytes{mp_scope="base"} 2.1E8
                """;

        assertEquals(172_507_648L, HeapSampler.usedHeapBytes(page));
    }

    @Test
    void missingUsedHeapGivesMinusOne() {
        assertEquals(-1, HeapSampler.usedHeapBytes("memory_usedHeapAfterGc_bytes 5.0E7\n"));
    }
}
