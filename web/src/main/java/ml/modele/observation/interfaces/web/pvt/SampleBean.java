package ml.modele.observation.interfaces.web.pvt;

import java.io.Serializable;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.application.ElectionService;
import ml.modele.observation.application.SampleDrawing;
import ml.modele.observation.application.SampleService;
import ml.modele.observation.application.SampleView;
import ml.modele.observation.application.SampleViews;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.pvt.AllocationMethod;
import ml.modele.observation.domain.pvt.ConfidenceLevel;
import ml.modele.observation.domain.pvt.SampleSizePlan;
import ml.modele.observation.domain.pvt.StratificationScheme;
import ml.modele.observation.domain.sample.SampleParameters;
import ml.modele.observation.domain.sample.SampleSizeMode;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.interfaces.web.shell.Formats;
import ml.modele.observation.interfaces.web.shell.LocaleBean;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * The PVT sample screen of one election: choose the parameters, see the size formula with its
 * figures, enter or generate a seed, draw, seal, and replace a station by the reserve. The
 * secretariat draws but neither seals nor replaces. Roles that only read see the sample and its
 * downloads.
 */
@Named
@ViewScoped
public class SampleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ElectionService elections;

    @EJB
    private SampleService samples;

    @EJB
    private SampleViews views;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBean localeBean;

    private Long electionId;
    private List<Election> electionList;
    private SampleView sample;
    private boolean loaded;

    private StratificationScheme scheme = StratificationScheme.REGION;
    private AllocationMethod allocation = AllocationMethod.PROPORTIONAL_TO_STATIONS;
    private SampleSizeMode sizeMode = SampleSizeMode.GIVEN;
    private String sampleSize = "1500";
    private String margin = "1";
    private ConfidenceLevel confidence = ConfidenceLevel.PERCENT_95;
    private String expectedShare = "50";
    private String designEffect = "2";
    private String turnout = "40";
    private String reserve = "10";
    private String seed;
    private SampleSizePlan plan;
    private String planTurnout;

    private String replaceCode;
    private String replaceReason;

    /** View action: loads the election of the address, or the latest one, and its sample. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        electionList = elections.list();
        if (electionId == null && !electionList.isEmpty()) {
            electionId = electionList.get(0).getId();
        }
        refresh();
    }

    /** Computes and shows the sample size for the parameters, without drawing. */
    public void computeSize() {
        try {
            plan = samples.plan(electionId, computedParameters());
            planTurnout = turnout;
            if (sizeMode == SampleSizeMode.COMPUTED) {
                sampleSize = Integer.toString(plan.sampleSize());
            }
        } catch (UserInputException e) {
            error(messages.of(e));
        }
    }

    /** Fills the seed field with a new random seed, so that it is seen before the draw. */
    public void generateSeed() {
        seed = Long.toString(SampleDrawing.newSeed());
    }

    public void draw() {
        try {
            SampleParameters parameters = parameters();
            if (parameters.sizeMode() == SampleSizeMode.COMPUTED) {
                plan = samples.plan(electionId, parameters);
                planTurnout = turnout;
            } else {
                plan = null;
            }
            sample = samples.draw(electionId, parameters, seed);
            seed = Long.toString(sample.seed());
            info(messages.get("sample.result.drawn", Formats.number(sample.size(), locale()),
                    Long.toString(sample.seed()), sample.seal()));
        } catch (UserInputException e) {
            error(messages.of(e));
        }
    }

    public void seal() {
        try {
            sample = samples.seal(electionId, sample == null ? null : sample.seal());
            info(messages.get("sample.result.sealed", sample.seal()));
        } catch (UserInputException e) {
            error(messages.of(e));
            refresh();
        }
    }

    public void replace() {
        try {
            sample = samples.replace(electionId, replaceCode, replaceReason);
            SampleView.Replacement last = sample.replacements().get(sample.replacements().size() - 1);
            info(messages.get("sample.result.replaced", last.replacedCode(), last.replacementCode(), last.sealAfter()));
            replaceCode = null;
            replaceReason = null;
        } catch (UserInputException e) {
            error(messages.of(e));
        }
    }

    /** Tells whether the caller may seal the sample and replace a station. */
    public boolean isSampler() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(Role.Names.ADMINISTRATOR) || context.isUserInRole(Role.Names.MISSION_CHIEF)
                || context.isUserInRole(Role.Names.TECHNICAL_COORDINATOR)
                || context.isUserInRole(Role.Names.ANALYST);
    }

    /** Tells whether the caller may draw the sample: the samplers and the secretariat. */
    public boolean isDrawer() {
        return isSampler() || FacesContext.getCurrentInstance().getExternalContext()
                .isUserInRole(Role.Names.SECRETARIAT);
    }

    /** Tells whether the draw form is shown: to drawers, while no sealed sample exists. */
    public boolean isDrawOpen() {
        return electionId != null && isDrawer() && (sample == null || !sample.sealed());
    }

    /** Returns the lines of the size formula with the figures of the last computation. */
    public List<String> getFormula() {
        if (plan == null) {
            return List.of();
        }
        Locale locale = locale();
        double z = plan.confidence().z();
        double p = plan.expectedShare();
        double m = plan.stationsBeforeCorrection();
        double turnoutShare = parse(planTurnout, "sample.turnout") / 100;
        return List.of(
                messages.get("sample.formula.n0", decimal(z, 6), decimal(p, 2), decimal(1 - p, 2),
                        decimal(plan.targetMargin(), 4), decimal(plan.voterSampleSize(), 1)),
                messages.get("sample.formula.deff", decimal(plan.voterSampleSize(), 1), decimal(plan.designEffect(), 2),
                        decimal(plan.designVoterSampleSize(), 1)),
                messages.get("sample.formula.stations", decimal(plan.designVoterSampleSize(), 1),
                        decimal(plan.meanValidVotesPerStation(), 1), decimal(m, 1),
                        decimal(plan.meanValidVotesPerStation() / turnoutShare, 1),
                        Formats.percent(turnoutShare, locale)),
                messages.get("sample.formula.fpc", decimal(m, 1), Formats.number(plan.populationStations(), locale),
                        decimal(plan.stationsAfterCorrection(), 1), Formats.number(plan.sampleSize(), locale)),
                messages.get("sample.formula.note", Formats.number(plan.populationStations(), locale)));
    }

    /** Returns the stratum's name as shown: the région, and the area for finer strata. */
    public String stratumName(SampleView.Stratum stratum) {
        return stratum.area() == null ? stratum.regionName()
                : stratum.regionName() + " (" + messages.get("sample.area." + stratum.area()) + ")";
    }

    public String getPdfUrl() {
        return download("pdf");
    }

    public String getXlsxUrl() {
        return download("xlsx");
    }

    private String download(String format) {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return contextPath + "/api/pvt/sample/" + electionId + "/" + format + "?lang=" + localeBean.getLanguage();
    }

    private SampleParameters parameters() {
        if (sizeMode == SampleSizeMode.COMPUTED) {
            return computedParameters();
        }
        return SampleParameters.given(scheme, allocation, (int) parse(sampleSize, "sample.size"),
                (int) parse(reserve, "sample.reserve"));
    }

    /** Returns the parameters with the size computed from the margin fields, whatever the chosen mode. */
    private SampleParameters computedParameters() {
        return new SampleParameters(scheme, allocation, SampleSizeMode.COMPUTED, null,
                (int) parse(reserve, "sample.reserve"), parse(margin, "sample.margin") / 100, confidence,
                parse(expectedShare, "sample.share") / 100, parse(designEffect, "sample.designEffect"),
                parse(turnout, "sample.turnout") / 100);
    }

    /** Reads a number typed with a comma or a point for decimals and any spaces between digits. */
    private double parse(String text, String fieldKey) {
        String cleaned = text == null ? "" : text.replaceAll("[\\s\u00A0\u202F]", "").replace(',', '.');
        try {
            double value = Double.parseDouble(cleaned);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below with the field's name.
        }
        throw new UserInputException("sample.error.notNumber", messages.get(fieldKey), text == null ? "" : text.trim());
    }

    private void refresh() {
        sample = electionId == null ? null : views.find(electionId).orElse(null);
        if (sample != null) {
            restoreParameters(sample.parameters());
            seed = Long.toString(sample.seed());
            plan = sample.sizePlan();
        }
    }

    private void restoreParameters(SampleParameters parameters) {
        scheme = parameters.scheme();
        allocation = parameters.allocation();
        sizeMode = parameters.sizeMode();
        sampleSize = Integer.toString(parameters.sampleSize());
        reserve = Integer.toString(parameters.reservePerStratum());
        if (parameters.sizeMode() == SampleSizeMode.COMPUTED) {
            margin = plain(parameters.targetMargin() * 100);
            confidence = parameters.confidence();
            expectedShare = plain(parameters.expectedShare() * 100);
            designEffect = plain(parameters.designEffect());
            turnout = plain(parameters.expectedTurnout() * 100);
            planTurnout = turnout;
        }
    }

    private String plain(double value) {
        return decimal(value, value == Math.rint(value) ? 0 : 2).replace("\u00A0", "");
    }

    private String decimal(double value, int decimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale());
        if ("fr".equals(locale().getLanguage())) {
            symbols.setGroupingSeparator('\u00A0');
            symbols.setDecimalSeparator(',');
        }
        String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        return new DecimalFormat(pattern, symbols).format(value);
    }

    private Locale locale() {
        return localeBean.getLocale();
    }

    private void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public List<Election> getElections() {
        return electionList;
    }

    public Long getElectionId() {
        return electionId;
    }

    public void setElectionId(Long electionId) {
        this.electionId = electionId;
    }

    public SampleView getSample() {
        return sample;
    }

    public SampleSizePlan getPlan() {
        return plan;
    }

    public StratificationScheme[] getSchemes() {
        return StratificationScheme.values();
    }

    public AllocationMethod[] getAllocations() {
        return AllocationMethod.values();
    }

    public SampleSizeMode[] getSizeModes() {
        return SampleSizeMode.values();
    }

    public ConfidenceLevel[] getConfidenceLevels() {
        return ConfidenceLevel.values();
    }

    public StratificationScheme getScheme() {
        return scheme;
    }

    public void setScheme(StratificationScheme scheme) {
        this.scheme = scheme;
    }

    public AllocationMethod getAllocation() {
        return allocation;
    }

    public void setAllocation(AllocationMethod allocation) {
        this.allocation = allocation;
    }

    public SampleSizeMode getSizeMode() {
        return sizeMode;
    }

    public void setSizeMode(SampleSizeMode sizeMode) {
        this.sizeMode = sizeMode;
    }

    public String getSampleSize() {
        return sampleSize;
    }

    public void setSampleSize(String sampleSize) {
        this.sampleSize = sampleSize;
    }

    public String getMargin() {
        return margin;
    }

    public void setMargin(String margin) {
        this.margin = margin;
    }

    public ConfidenceLevel getConfidence() {
        return confidence;
    }

    public void setConfidence(ConfidenceLevel confidence) {
        this.confidence = confidence;
    }

    public String getExpectedShare() {
        return expectedShare;
    }

    public void setExpectedShare(String expectedShare) {
        this.expectedShare = expectedShare;
    }

    public String getDesignEffect() {
        return designEffect;
    }

    public void setDesignEffect(String designEffect) {
        this.designEffect = designEffect;
    }

    public String getTurnout() {
        return turnout;
    }

    public void setTurnout(String turnout) {
        this.turnout = turnout;
    }

    public String getReserve() {
        return reserve;
    }

    public void setReserve(String reserve) {
        this.reserve = reserve;
    }

    public String getSeed() {
        return seed;
    }

    public void setSeed(String seed) {
        this.seed = seed;
    }

    public String getReplaceCode() {
        return replaceCode;
    }

    public void setReplaceCode(String replaceCode) {
        this.replaceCode = replaceCode;
    }

    public String getReplaceReason() {
        return replaceReason;
    }

    public void setReplaceReason(String replaceReason) {
        this.replaceReason = replaceReason;
    }
}
