package ml.modele.observation.infrastructure.sms;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.StoredFormSet;
import ml.modele.observation.domain.submission.ReplyComposer;

/**
 * Form sets read from their JSON and reply composers built for them, kept per stored form set and
 * row version: reading the JSON and the reply bundles on every message would cost more than the
 * parse itself.
 */
@ApplicationScoped
public class ReplyComposers {

    private final Map<String, FormSet> formSets = new ConcurrentHashMap<>();
    private final Map<String, ReplyComposer> composers = new ConcurrentHashMap<>();

    /** Returns the forms of a stored set. */
    public FormSet formSet(StoredFormSet stored) {
        return formSets.computeIfAbsent(key(stored), key -> stored.formSet());
    }

    /** Returns the reply composer of a stored set. */
    public ReplyComposer of(StoredFormSet stored) {
        return composers.computeIfAbsent(key(stored), key -> new ReplyComposer(formSet(stored)));
    }

    /**
     * Returns the forms and reply composer of the stored set with this id and row version, and
     * calls {@code loader} only when they are not kept yet.
     */
    public Composed of(long id, long version, Supplier<StoredFormSet> loader) {
        String key = id + ":" + version;
        ReplyComposer composer = composers.get(key);
        if (composer == null) {
            return composed(loader.get());
        }
        return new Composed(formSets.get(key), composer);
    }

    /** Returns the forms and reply composer of a stored set. */
    public Composed composed(StoredFormSet stored) {
        return new Composed(formSet(stored), of(stored));
    }

    /** The forms of a stored set and the reply composer built for them. */
    public record Composed(FormSet formSet, ReplyComposer composer) {
    }

    private static String key(StoredFormSet stored) {
        // An import changes the row version, so a replaced set gets new entries; old ones are few and small.
        return stored.getId() + ":" + stored.getVersion();
    }
}
