package ml.modele.observation.application.observer;

import java.io.Serializable;

/**
 * Observer logged in to the web form, as the web session keeps it.
 *
 * @param observerId database id of the observer
 * @param code       the observer code
 * @param name       first and last name, for the page header
 * @param language   "fr" or "en": the language of the observer's pages and SMS
 */
public record ObserverIdentity(long observerId, String code, String name, String language) implements Serializable {
}
