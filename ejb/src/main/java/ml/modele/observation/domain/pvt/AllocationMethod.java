package ml.modele.observation.domain.pvt;

/** Rule that shares the sample size among strata. */
public enum AllocationMethod {

    /** Sample size of a stratum proportional to its number of polling stations. */
    PROPORTIONAL_TO_STATIONS,

    /** Sample size of a stratum proportional to its number of registered voters. */
    PROPORTIONAL_TO_REGISTERED_VOTERS
}
