package ml.modele.observation.domain.submission;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.observer.ObserverCode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * JMH benchmark of parsing and validating one coded SMS, and of composing its reply, with the
 * default referendum forms and an in-memory directory of 3,000 observers. Not a test: run the
 * main by hand, see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SmsIntakeBenchmark {

    private static final String SENDER = "+22376123456";
    private static final String RESULTS = "RES 123459 A450 B312 C12 D300 E180 F120";
    private static final String RESULTS_TYPED = "res, I23459 a 45o b3I2 c12 d300 e180 f120 @ PV signé par tous";
    private static final String CHECKLIST_ERRORS = "ARV 123459 A25 B3 F1 G1 H15 X4 bureau ouvert avec retard";

    private SmsParser parser;
    private ReplyComposer composer;

    @Setup
    public void setUp() {
        FormSet forms = DefaultFormSets.referendum();
        InMemoryObserverDirectory directory = new InMemoryObserverDirectory();
        for (int sequence = 10_000; sequence < 13_000; sequence++) {
            ObserverCode code = ObserverCode.fromSequence(sequence);
            String station = "BV-" + sequence;
            directory.add(new ObserverProfile(code, station, Language.FRENCH, Set.of("+2237" + (6_000_000 + sequence))));
            directory.station(station, 450);
        }
        directory.add(new ObserverProfile(ObserverCode.parse("123459"), "BV-0001", Language.FRENCH, Set.of(SENDER)));
        directory.station("BV-0001", 450);
        parser = new SmsParser(forms, directory);
        composer = new ReplyComposer(forms);
    }

    @Benchmark
    public ParsedSubmission parseResults() {
        return parser.parse(SENDER, RESULTS);
    }

    @Benchmark
    public ParsedSubmission parseResultsTyped() {
        return parser.parse(SENDER, RESULTS_TYPED);
    }

    @Benchmark
    public Reply parseAndReplyResults() {
        return composer.compose(parser.parse(SENDER, RESULTS));
    }

    @Benchmark
    public Reply parseAndReplyChecklistErrors() {
        return composer.compose(parser.parse(SENDER, CHECKLIST_ERRORS));
    }

    /** Runs the benchmark: 1 fork, 10 warm-up and 5 measured iterations of 1 second each. */
    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(SmsIntakeBenchmark.class.getName())
                .forks(1)
                .warmupIterations(10)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .build();
        new Runner(options).run();
    }
}
