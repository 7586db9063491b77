package ml.modele.observation.application;

import java.time.Instant;

/**
 * One observer in the accreditation request to the AIGE (Autorité indépendante de gestion des
 * élections), with the région and cercle of their home commune that group the list.
 *
 * @param phone the first verified number, else the first number; null when the observer has none
 * @param place code of the active deployment's place, null when not deployed or in the reserve pool
 */
public record AigeRequestLine(String regionCode, String regionName, String cercleCode, String cercleName,
                              String observerCode, String lastName, String firstName, String sex, int birthYear,
                              String organisation, String category, String communeName, String nationalId,
                              String phone, String place, Instant requestedAt) {
}
