package ml.modele.observation.application;

/** Current polling stations and registered voters of one région. */
public record RegionTotal(String code, String name, long stations, long registeredVoters) {
}
