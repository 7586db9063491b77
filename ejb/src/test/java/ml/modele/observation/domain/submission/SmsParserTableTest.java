package ml.modele.observation.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.observer.ObserverCode;
import ml.modele.observation.smpp.codec.Gsm7;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table of coded messages against the default referendum forms: each row gives the sender, the
 * text, the stored answers ("A450 B312"), the errors (type, code, value and what is expected), the
 * flags, the comment and the exact reply. Observers: 123459 (French, +22376123456, station of 450
 * registered), 100014 (English, +22366000001, 600 registered), 111116 (French, +22390000002, 300
 * registered), 200015 (French, +22370000015, station without a registered count). 100038 has a
 * valid check digit but is not registered. A reply is in the observer's language, else in the
 * language of the observer who owns the sending phone, else in French.
 */
class SmsParserTableTest {

    static final FormSet FORMS = DefaultFormSets.referendum();

    static InMemoryObserverDirectory directory() {
        return new InMemoryObserverDirectory()
                .add(new ObserverProfile(ObserverCode.parse("123459"), "BV-0001", Language.FRENCH, Set.of("+22376123456")))
                .add(new ObserverProfile(ObserverCode.parse("100014"), "BV-0002", Language.ENGLISH, Set.of("+22366000001")))
                .add(new ObserverProfile(ObserverCode.parse("111116"), "BV-0003", Language.FRENCH, Set.of("+22390000002")))
                .add(new ObserverProfile(ObserverCode.parse("200015"), "BV-0404", Language.FRENCH, Set.of("+22370000015")))
                .station("BV-0001", 450)
                .station("BV-0002", 600)
                .station("BV-0003", 300);
    }

    private final SmsParser parser = new SmsParser(FORMS, directory());
    private final ReplyComposer composer = new ReplyComposer(FORMS);

    record Case(String sender, String text, String answers, String errors, String flags, String comment,
            String reply) {
        @Override
        public String toString() {
            return text.length() > 60 ? text.substring(0, 60) + "..." : text;
        }
    }

    static Case row(String sender, String text, String answers, String errors, String flags, String comment,
            String reply) {
        return new Case(sender, text, answers, errors, flags, comment, reply);
    }

    static List<Case> cases() {
        return List.of(
                row("+22376123456", "RES 123459 A450 B312 C12 D300 E180 F120",
                        "A450 B312 C12 D300 E180 F120", "", "", "",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120. Merci."),
                row("+22376123456", "res 123459 a450 b312 c12 d300 e180 f120",
                        "A450 B312 C12 D300 E180 F120", "", "", "",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120. Merci."),
                row("+22376123456", "RES123459A450B312C12D300E180F120",
                        "A450 B312 C12 D300 E180 F120", "", "", "",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120. Merci."),
                row("+22376123456", "RES, 123459. A 450, B 312, C 12, D 300, E 180, F 120.",
                        "A450 B312 C12 D300 E180 F120", "", "", "",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120. Merci."),
                row("+22376123456", "RES-123459-A450-B312-C12-D300-E180-F120",
                        "A450 B312 C12 D300 E180 F120", "", "", "",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120. Merci."),
                row("+22376123456", "  RES   123459   A450  B312 C12   D300 E180 F120  ",
                        "A450 B312 C12 D300 E180 F120", "", "", "",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120. Merci."),
                row("+22376123456", "RES 123459 A45O B3I2 CI2 D3OO EI8O FI2O",
                        "A450 B312 C12 D300 E180 F120", "", "", "",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120. Merci."),
                row("+22376123456", "RES I23459 A450 B312 C12 D300 E180 F120",
                        "A450 B312 C12 D300 E180 F120", "", "", "",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120. Merci."),
                row("+22376123456", "RES 123459 A450 B312 C12 D300 E180 F12O",
                        "A450 B312 C12 D300 E180 F120", "", "", "",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120. Merci."),
                row("+22376123456", "RES 123459 A45o b312 cl2 d300 e180 f120",
                        "A450 B312 C12 D300 E180 F120", "", "", "",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120. Merci."),
                row("+22376123456", "Rés 123459 A450 B312 C12 D300 E180 F120",
                        "A450 B312 C12 D300 E180 F120", "", "", "",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120. Merci."),
                row("+22376123456", "RES 123459 A450 B312 C12 D300 E170 F120",
                        "A450 B312 C12 D300 E170 F120", "OPTIONS_NOT_VALID D=300 (E+F=290)", "ARITHMETIC_FAILED", "",
                        "RES non compté: E+F=290 mais D=300. Vérifiez le PV et renvoyez tout le message. Autres réponses enregistrées."),
                row("+22376123456", "RES 123459 A450 B312 C10 D300 E180 F120",
                        "A450 B312 C10 D300 E180 F120", "VALID_NULL_NOT_VOTERS B=312 (D+C=310)", "ARITHMETIC_FAILED", "",
                        "RES non compté: D+C=310 mais B=312. Vérifiez le PV et renvoyez tout le message. Autres réponses enregistrées."),
                row("+22376123456", "RES 123459 A300 B312 C12 D300 E180 F120",
                        "A300 B312 C12 D300 E180 F120", "VOTERS_ABOVE_SHEET_REGISTERED B=312 (A=300)", "ARITHMETIC_FAILED", "",
                        "RES non compté: votants B=312 au-dessus des inscrits A=300. Vérifiez le PV et renvoyez tout le message. Autres réponses enregistrées."),
                row("+22376123456", "RES 123459 A500 B480 C20 D460 E260 F200",
                        "A500 B480 C20 D460 E260 F200", "VOTERS_ABOVE_STATION_REGISTERED B=480 (450)", "ARITHMETIC_FAILED", "",
                        "RES non compté: votants B=480 au-dessus des 450 inscrits du bureau. Vérifiez le PV et renvoyez tout le message. Autres réponses enregistrées."),
                row("+22376123456", "RES 123459 A450 B312 C12 D300 E180",
                        "A450 B312 C12 D300 E180", "MISSING_REQUIRED F", "", "",
                        "RES: manque F. Renvoyez RES 123459 avec F. Autres réponses enregistrées."),
                row("+22376123456", "RES 123459 A450 B312 C12 E180 F120",
                        "A450 B312 C12 E180 F120", "MISSING_REQUIRED D", "", "",
                        "RES: manque D. Renvoyez RES 123459 avec D. Autres réponses enregistrées."),
                row("+22376123456", "RES 123459 A450 B312 C12 D300 E180 F120 G5",
                        "A450 B312 C12 D300 E180 F120", "UNKNOWN_QUESTION G=5 (A B C D E F)", "", "",
                        "RES: code G inconnu. Codes valides: A B C D E F. Renvoyez RES 123459 avec le bon code. Autres réponses enregistrées."),
                row("+22376123456", "RES 123459 A450 B312 C12 D300 E180 F120 X5",
                        "A450 B312 C12 D300 E180 F120", "UNKNOWN_QUESTION X=5 (A B C D E F)", "", "",
                        "RES: code X inconnu. Codes valides: A B C D E F. Renvoyez RES 123459 avec le bon code. Autres réponses enregistrées."),
                row("+22376123456", "RES 123459 A450 B99999 C12 D300 E180 F120",
                        "A450 C12 D300 E180 F120", "OUT_OF_RANGE B=99999 (0..5000)", "", "",
                        "RES: B=99999 hors limites (de 0 à 5000). Renvoyez RES 123459 B et la bonne valeur. Autres réponses enregistrées."),
                row("+22376123456", "RES 123459 A450 B312 C12 D300 E180 F120 @ PV signé par tous les membres",
                        "A450 B312 C12 D300 E180 F120", "", "", "PV signé par tous les membres",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120 +commentaire. Merci."),
                row("+22376123456", "RES 123459 A450 B312 C12 D300 E180 F",
                        "A450 B312 C12 D300 E180", "MISSING_VALUE F", "", "",
                        "RES: F sans valeur. Renvoyez RES 123459 F suivi de la valeur. Autres réponses enregistrées."),
                row("+22376123456", "RES 123459 A450 B312 B313 C12 D300 E180 F120",
                        "A450 C12 D300 E180 F120", "CONFLICTING_ANSWER B=312 313", "", "",
                        "RES: B envoyé deux fois (312 313). Renvoyez RES 123459 B avec une seule valeur. Autres réponses enregistrées."),
                row("+22376123456", "RES 123459 A450 B312 B312 C12 D300 E180 F120",
                        "A450 B312 C12 D300 E180 F120", "", "", "",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120. Merci."),
                row("+22376123456", "RES 123458 A450 B312 C12 D300 E180 F120",
                        "A450 B312 C12 D300 E180 F120", "BAD_CHECK_DIGIT=123458 (6)", "", "",
                        "RES: code observateur 123458 erroné (faute de frappe?). Renvoyez tout le message avec le code de votre carte."),
                row("+22376123456", "RES 124359 A450 B312 C12 D300 E180 F120",
                        "A450 B312 C12 D300 E180 F120", "BAD_CHECK_DIGIT=124359 (6)", "", "",
                        "RES: code observateur 124359 erroné (faute de frappe?). Renvoyez tout le message avec le code de votre carte."),
                row("+22376123456", "RES 100038 A450 B312 C12 D300 E180 F120",
                        "A450 B312 C12 D300 E180 F120", "UNKNOWN_OBSERVER=100038", "", "",
                        "RES: code observateur 100038 inconnu. Vérifiez votre carte ou appelez votre superviseur."),
                row("+22376123456", "RES 12345 A450 B312 C12 D300 E180 F120",
                        "A450 B312 C12 D300 E180 F120", "INVALID_OBSERVER_CODE=12345 (6)", "", "",
                        "RES: code observateur 12345 invalide, il faut 6 chiffres. Renvoyez tout le message avec le code de votre carte."),
                row("+22376123456", "RES A450 B312 C12 D300 E180 F120",
                        "A450 B312 C12 D300 E180 F120", "MISSING_OBSERVER_CODE (6)", "", "",
                        "RES: code observateur manquant. Envoyez RES puis les 6 chiffres de votre carte."),
                row("+22376123456", "RES",
                        "", "MISSING_OBSERVER_CODE (6); MISSING_REQUIRED A B C D E F", "", "",
                        "RES: code observateur manquant. Envoyez RES puis les 6 chiffres de votre carte. (+1 autre erreur)"),
                row("+22376123456", "",
                        "", "EMPTY_MESSAGE", "", "",
                        "Message vide. Envoyez le formulaire (ARV DVT FDP RES URG), votre code observateur et les réponses."),
                row("+22376123456", "   ",
                        "", "EMPTY_MESSAGE", "", "",
                        "Message vide. Envoyez le formulaire (ARV DVT FDP RES URG), votre code observateur et les réponses."),
                row("+22376123456", "@ bonjour",
                        "", "MISSING_FORM", "", "bonjour",
                        "Formulaire manquant. Commencez par ARV DVT FDP RES URG puis votre code observateur."),
                row("+22376123456", "123459 A450 B312",
                        "", "MISSING_FORM", "", "",
                        "Formulaire manquant. Commencez par ARV DVT FDP RES URG puis votre code observateur."),
                row("+22376123456", "REZ 123459 A450 B312 C12 D300 E180 F120",
                        "", "UNKNOWN_FORM=REZ (ARV DVT FDP RES URG)", "", "",
                        "Formulaire REZ inconnu. Commencez par ARV DVT FDP RES URG puis votre code observateur."),
                row("+22376123456", "RSE 123459 A450",
                        "", "UNKNOWN_FORM=RSE (ARV DVT FDP RES URG)", "", "",
                        "Formulaire RSE inconnu. Commencez par ARV DVT FDP RES URG puis votre code observateur."),
                row("+22376123456", "RAP 123459 B3",
                        "", "WEB_ONLY_FORM=RAP (ARV DVT FDP RES URG)", "", "",
                        "Le formulaire RAP se remplit sur le site web. Par SMS: ARV DVT FDP RES URG."),
                row("+22376123456", "VOT 123459 A1",
                        "", "UNKNOWN_FORM=VOT (ARV DVT FDP RES URG)", "", "",
                        "Formulaire VOT inconnu. Commencez par ARV DVT FDP RES URG puis votre code observateur."),
                row("+22376123456", "RES 123459 A450 B312 C12 D300 E180 F120 merci",
                        "A450 B312 C12 D300 E180 F120", "", "TEXT_WITHOUT_AT", "merci",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120 +commentaire. Mettez @ avant un commentaire. Merci."),
                row("+22370000000", "RES 123459 A450 B312 C12 D300 E180 F120",
                        "A450 B312 C12 D300 E180 F120", "", "UNVERIFIED_SENDER", "",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120. Numéro inconnu, l'EVA vérifiera. Merci."),
                row("76 12 34 56", "RES 123459 A450 B312 C12 D300 E180 F120",
                        "A450 B312 C12 D300 E180 F120", "", "", "",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120. Merci."),
                row("0022376123456", "RES 123459 A450 B312 C12 D300 E180 F120",
                        "A450 B312 C12 D300 E180 F120", "", "", "",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120. Merci."),
                row("+22366000001", "RES 100014 A600 B400 C10 D390 E200 F190",
                        "A600 B400 C10 D390 E200 F190", "", "", "",
                        "RES 100014 saved: A600 B400 C10 D390 E200 F190. Thank you."),
                row("+22366000001", "RES 100014 A600 B400 C10 D390 E200 F180",
                        "A600 B400 C10 D390 E200 F180", "OPTIONS_NOT_VALID D=390 (E+F=380)", "ARITHMETIC_FAILED", "",
                        "RES not counted: E+F=380 but D=390. Check the result sheet and send the whole message again. Other answers saved."),
                row("+22366000001", "ARV 100014 A7 B1 F1 G1",
                        "A7 B1 F1 G1", "", "", "",
                        "ARV 100014 saved: A7 B1 F1 G1. Thank you."),
                row("+22366000001", "ARV 100014 A7 B3 F1 G1",
                        "A7 F1 G1", "INVALID_CHOICE B=3 (1 2)", "", "",
                        "ARV: B=3 invalid. Send B1 for yes or B2 for no. Other answers saved."),
                row("+22366000001", "RES 100014 A600 B700 C10 D690 E500 F190",
                        "A600 B700 C10 D690 E500 F190", "VOTERS_ABOVE_SHEET_REGISTERED B=700 (A=600); VOTERS_ABOVE_STATION_REGISTERED B=700 (600)", "ARITHMETIC_FAILED", "",
                        "RES not counted: voters B=700 above registered A=600. Check the result sheet and send the whole message again. (+1 other error) Other answers saved."),
                row("+22390000002", "RES 111116 A300 B200 C0 D200 E100 F100",
                        "A300 B200 C0 D200 E100 F100", "", "", "",
                        "RES 111116 enregistré: A300 B200 C0 D200 E100 F100. Merci."),
                row("+22390000002", "RES III II6 A300 B200 C0 D200 E100 F100",
                        "A300 B200 C0 D200 E100 F100", "", "", "",
                        "RES 111116 enregistré: A300 B200 C0 D200 E100 F100. Merci."),
                row("+22390000002", "RES 111116 A300 B301 C1 D300 E150 F150",
                        "A300 B301 C1 D300 E150 F150", "VOTERS_ABOVE_SHEET_REGISTERED B=301 (A=300); VOTERS_ABOVE_STATION_REGISTERED B=301 (300)", "ARITHMETIC_FAILED", "",
                        "RES non compté: votants B=301 au-dessus des inscrits A=300. Vérifiez le PV et renvoyez tout le message. (+1 autre erreur) Autres réponses enregistrées."),
                row("+22370000015", "RES 200015 A900 B800 C0 D800 E400 F400",
                        "A900 B800 C0 D800 E400 F400", "", "", "",
                        "RES 200015 enregistré: A900 B800 C0 D800 E400 F400. Merci."),
                row("+22370000015", "RES 2OOO15 A900 B800 C0 D800 E400 F400",
                        "A900 B800 C0 D800 E400 F400", "", "", "",
                        "RES 200015 enregistré: A900 B800 C0 D800 E400 F400. Merci."),
                row("+22376123456", "ARV 123459 A7 B1 C8 D5 E2 F1 G1 H1234",
                        "A7 B1 C8 D5 E2 F1 G1 H1234", "", "", "",
                        "ARV 123459 enregistré: A7 B1 C8 D5 E2 F1 G1 H1234. Merci."),
                row("+22376123456", "arv 123459 a7 b1 c8 d5 e2 f1 g1 h34",
                        "A7 B1 C8 D5 E2 F1 G1 H34", "", "", "",
                        "ARV 123459 enregistré: A7 B1 C8 D5 E2 F1 G1 H34. Merci."),
                row("+22376123456", "ARV 123459 A7 B1",
                        "A7 B1", "", "INCOMPLETE", "",
                        "ARV 123459 enregistré: A7 B1. Manque: F G. Merci."),
                row("+22376123456", "ARV 123459",
                        "", "", "INCOMPLETE", "",
                        "ARV 123459: aucune réponse lue. Envoyez les codes de la carte, ex: ARV 123459 A1. Manque: A B F G. Merci."),
                row("+22376123456", "ARV 123459 A25 B1 F1 G1",
                        "B1 F1 G1", "OUT_OF_RANGE A=25 (0..23)", "", "",
                        "ARV: A=25 hors limites (de 0 à 23). Renvoyez ARV 123459 A et la bonne valeur. Autres réponses enregistrées."),
                row("+22376123456", "ARV 123459 A7 B0 F1 G1",
                        "A7 F1 G1", "INVALID_CHOICE B=0 (1 2)", "", "",
                        "ARV: B=0 invalide. Envoyez B1 pour oui ou B2 pour non. Autres réponses enregistrées."),
                row("+22376123456", "ARV 123459 A7 B1 F1 G1 H5",
                        "A7 B1 F1 G1", "INVALID_CHOICE H=5 (1 2 3 4)", "", "",
                        "ARV: H=5 invalide. Envoyez H et des chiffres de 1 à 4. Autres réponses enregistrées."),
                row("+22376123456", "ARV 123459 A7 B1 F1 G1 H1 H1",
                        "A7 B1 F1 G1 H1", "", "", "",
                        "ARV 123459 enregistré: A7 B1 F1 G1 H1. Merci."),
                row("+22376123456", "ARV 123459 A7 B1 F1 G1 H31",
                        "A7 B1 F1 G1 H13", "", "", "",
                        "ARV 123459 enregistré: A7 B1 F1 G1 H13. Merci."),
                row("+22376123456", "ARV 123459 A7 B1 F1 G1 D",
                        "A7 B1 F1 G1", "MISSING_VALUE D", "", "",
                        "ARV: D sans valeur. Renvoyez ARV 123459 D suivi de la valeur. Autres réponses enregistrées."),
                row("+22376123456", "ARV 123459 AB7",
                        "", "UNKNOWN_QUESTION AB=7 (A B C D E F G H)", "INCOMPLETE", "",
                        "ARV: code AB inconnu. Codes valides: A B C D E F G H. Renvoyez ARV 123459 avec le bon code."),
                row("+22376123456", "ARV 123459 A B1 F1 G1",
                        "F1 G1", "UNKNOWN_QUESTION AB=1 (A B C D E F G H)", "INCOMPLETE", "",
                        "ARV: code AB inconnu. Codes valides: A B C D E F G H. Renvoyez ARV 123459 avec le bon code. Autres réponses enregistrées."),
                row("+22376123456", "ARV 123459 A 7 B 1 F 1 G 1",
                        "A7 B1 F1 G1", "", "", "",
                        "ARV 123459 enregistré: A7 B1 F1 G1. Merci."),
                row("+22376123456", "ARV 123459 A07 B1 F1 G1",
                        "A7 B1 F1 G1", "", "", "",
                        "ARV 123459 enregistré: A7 B1 F1 G1. Merci."),
                row("+22376123456", "Arv 123459 À7 B1 F1 G1",
                        "A7 B1 F1 G1", "", "", "",
                        "ARV 123459 enregistré: A7 B1 F1 G1. Merci."),
                row("+22376123456", "ARV 123459 A7 B1 F1 G1 bureau ouvert avec retard",
                        "A7 B1 F1 G1", "", "TEXT_WITHOUT_AT", "bureau ouvert avec retard",
                        "ARV 123459 enregistré: A7 B1 F1 G1 +commentaire. Mettez @ avant un commentaire. Merci."),
                row("+22376123456", "ARV 123459 A7 B1 F1 G1 RAS",
                        "A7 B1 F1 G1", "", "TEXT_WITHOUT_AT", "RAS",
                        "ARV 123459 enregistré: A7 B1 F1 G1 +commentaire. Mettez @ avant un commentaire. Merci."),
                row("+22376123456", "ARV 123459 A7 B1 F1 G1 @RAS",
                        "A7 B1 F1 G1", "", "", "RAS",
                        "ARV 123459 enregistré: A7 B1 F1 G1 +commentaire. Merci."),
                row("+22376123456", "ARV 123459 A7 B1 F1 G1@  tout va bien, le président est là  ",
                        "A7 B1 F1 G1", "", "", "tout va bien, le président est là",
                        "ARV 123459 enregistré: A7 B1 F1 G1 +commentaire. Merci."),
                row("+22376123456", "ARV 123459 AO7 B1 F1 G1",
                        "A7 B1 F1 G1", "", "", "",
                        "ARV 123459 enregistré: A7 B1 F1 G1. Merci."),
                row("+22376123456", "ARV 123459 A7 BI FI GI",
                        "A7 B1 F1 G1", "", "", "",
                        "ARV 123459 enregistré: A7 B1 F1 G1. Merci."),
                row("+22376123456", "ARV 123459 A7 BL FL GL",
                        "A7 B1 F1 G1", "", "", "",
                        "ARV 123459 enregistré: A7 B1 F1 G1. Merci."),
                row("+22376123456", "DVT 123459 A1 B1 C1 D0 E2 F2 G1 H2",
                        "A1 B1 C1 D0 E2 F2 G1 H2", "", "", "",
                        "DVT 123459 enregistré: A1 B1 C1 D0 E2 F2 G1 H2. Merci."),
                row("+22376123456", "DVT 123459 A1 B1 C1 H5",
                        "A1 B1 C1", "INVALID_CHOICE H=5 (1 2 3 4)", "", "",
                        "DVT: H=5 invalide. Envoyez H et un chiffre de 1 à 4. Autres réponses enregistrées."),
                row("+22376123456", "DVT 123459 A1 B1 C1 H12",
                        "A1 B1 C1", "INVALID_CHOICE H=12 (1 2 3 4)", "", "",
                        "DVT: H=12 invalide. Envoyez H et un chiffre de 1 à 4. Autres réponses enregistrées."),
                row("+22376123456", "DVT 123459 A1 B1 C1 D1000 H2",
                        "A1 B1 C1 H2", "OUT_OF_RANGE D=1000 (0..999)", "", "",
                        "DVT: D=1000 hors limites (de 0 à 999). Renvoyez DVT 123459 D et la bonne valeur. Autres réponses enregistrées."),
                row("+22376123456", "DVT 123459 A1 B2 C2 D12 H4 @ encre absente dans 2 bureaux",
                        "A1 B2 C2 D12 H4", "", "", "encre absente dans 2 bureaux",
                        "DVT 123459 enregistré: A1 B2 C2 D12 H4 +commentaire. Merci."),
                row("+22376123456", "FDP 123459 A18 C1 D1 F1",
                        "A18 C1 D1 F1", "", "", "",
                        "FDP 123459 enregistré: A18 C1 D1 F1. Merci."),
                row("+22376123456", "FDP 123459 A18 B2 C1 D1 E1 F2 G2",
                        "A18 B2 C1 D1 E1 F2 G2", "", "", "",
                        "FDP 123459 enregistré: A18 B2 C1 D1 E1 F2 G2. Merci."),
                row("+22376123456", "FDP 123459 A24 C1 D1 F1",
                        "C1 D1 F1", "OUT_OF_RANGE A=24 (0..23)", "", "",
                        "FDP: A=24 hors limites (de 0 à 23). Renvoyez FDP 123459 A et la bonne valeur. Autres réponses enregistrées."),
                row("+22376123456", "URG 123459 A1 B2 C1 D1 @ bagarre devant le bureau",
                        "A1 B2 C1 D1", "", "", "bagarre devant le bureau",
                        "URG 123459 enregistré: A1 B2 C1 D1 +commentaire. Merci."),
                row("+22376123456", "URG 123459 A34 @ urne bourrée avant l'ouverture",
                        "A34", "", "", "urne bourrée avant l'ouverture",
                        "URG 123459 enregistré: A34 +commentaire. Merci."),
                row("+22376123456", "URG 123459 A6",
                        "A6", "", "", "",
                        "URG 123459 enregistré: A6. Merci."),
                row("+22376123456", "URG 123459 B2 C1",
                        "B2 C1", "MISSING_REQUIRED A", "", "",
                        "URG: manque A. Renvoyez URG 123459 avec A. Autres réponses enregistrées."),
                row("+22376123456", "URG 123459 A0",
                        "", "INVALID_CHOICE A=0 (1 2 3 4 5 6 7 8 9)", "", "",
                        "URG: A=0 invalide. Envoyez A et des chiffres de 1 à 9."),
                row("+22376123456", "URG 123459 A1 B100",
                        "A1", "OUT_OF_RANGE B=100 (0..99)", "", "",
                        "URG: B=100 hors limites (de 0 à 99). Renvoyez URG 123459 B et la bonne valeur. Autres réponses enregistrées."),
                row("+22376123456", "URG 123459 @ bureau fermé par des hommes armés",
                        "", "MISSING_REQUIRED A", "", "bureau fermé par des hommes armés",
                        "URG: manque A. Renvoyez URG 123459 avec A."),
                row("+22376123456", "URG 123459 A4 achat de voix devant le bureau",
                        "A4", "", "TEXT_WITHOUT_AT", "achat de voix devant le bureau",
                        "URG 123459 enregistré: A4 +commentaire. Mettez @ avant un commentaire. Merci."),
                row("+22376123456", "URG 123459 A6 @ Bureau fermé — ¿personne? 你好 ça",
                        "A6", "", "", "Bureau fermé — ¿personne? 你好 ça",
                        "URG 123459 enregistré: A6 +commentaire. Merci."),
                row("+22376123456", "Urg 123459 a5 @matériel manquant: encre, isoloirs",
                        "A5", "", "", "matériel manquant: encre, isoloirs",
                        "URG 123459 enregistré: A5 +commentaire. Merci."),
                row("+22376123456", "URG 123459 A9 @ AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                        "A9", "", "", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                        "URG 123459 enregistré: A9 +commentaire. Merci."),
                row("+22376123456", "RES 123459 A450 B312 C12 D300 E180 F120 A450 B312 C12 D300 E180 F120 A450 B312 C12 D300 E180 F120 A450 B312 C12 D300 E180 F120 A450 B312 C12 D300 E180 F120 A450 B312 C12 D300 E180 F120 A450 B312 C12 D300 E180 F120",
                        "A450 B312 C12 D300 E180 F120", "", "", "",
                        "RES 123459 enregistré: A450 B312 C12 D300 E180 F120. Merci."),
                row("+22376123456", "RES 123459 A450 B312 C12 D300 E180 F1200000000000000000000",
                        "A450 B312 C12 D300 E180", "OUT_OF_RANGE F=1200000000000000000000 (0..5000)", "", "",
                        "RES: F=1200000000.. hors limites (de 0 à 5000). Renvoyez RES 123459 F et la bonne valeur. Autres réponses enregistrées."),
                row("+22376123456", "ARV 123459 X1 Y2 Z3 W4 V5 A99 B7",
                        "", "UNKNOWN_QUESTION X=1 (A B C D E F G H); UNKNOWN_QUESTION Y=2 (A B C D E F G H); UNKNOWN_QUESTION Z=3 (A B C D E F G H); UNKNOWN_QUESTION W=4 (A B C D E F G H); UNKNOWN_QUESTION V=5 (A B C D E F G H); OUT_OF_RANGE A=99 (0..23); INVALID_CHOICE B=7 (1 2)", "INCOMPLETE", "",
                        "ARV: code X inconnu. Codes valides: A B C D E F G H. Renvoyez ARV 123459 avec le bon code. (+6 autres erreurs)"),
                row("+22366000001", "URG 100014 A2 @ threats against voters",
                        "A2", "", "", "threats against voters",
                        "URG 100014 saved: A2 +comment. Thank you."),
                row("+22366000001", "URG 100038 A2",
                        "A2", "UNKNOWN_OBSERVER=100038", "", "",
                        "URG: unknown observer code 100038. Check your card or call your supervisor."),
                row("+22366000001", "DVT 100014 A1 B1 C1 H9",
                        "A1 B1 C1", "INVALID_CHOICE H=9 (1 2 3 4)", "", "",
                        "DVT: H=9 invalid. Send H and one digit from 1 to 4. Other answers saved."),
                row("+22366000001", "RES 100015 A600 B400 C10 D390 E200 F190",
                        "A600 B400 C10 D390 E200 F190", "BAD_CHECK_DIGIT=100015 (6)", "", "",
                        "RES: observer code 100015 wrong (typing error?). Send the whole message again with the code of your card."),
                row("+22366000001", "ARV 123459 A7 B1 F1 G1",
                        "A7 B1 F1 G1", "", "UNVERIFIED_SENDER", "",
                        "ARV 123459 enregistré: A7 B1 F1 G1. Numéro inconnu, l'EVA vérifiera. Merci."),
                row("+22366000001", "DVT 100014 A1 B1 C1 D5 H1",
                        "A1 B1 C1 D5 H1", "", "", "",
                        "DVT 100014 saved: A1 B1 C1 D5 H1. Thank you.")
        );
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void messageParsedAndAnswered(Case c) {
        ParsedSubmission parsed = parser.parse(c.sender(), c.text());
        Reply reply = composer.compose(parsed);

        assertEquals(c.answers(), answers(parsed), "stored answers");
        assertEquals(c.errors(), errors(parsed), "errors");
        assertEquals(c.flags(), flags(parsed), "flags");
        assertEquals(c.comment(), parsed.comment(), "comment");
        assertEquals(c.reply(), reply.text(), "reply");
        assertTrue(Gsm7.canEncode(reply.text()), "reply is GSM-7: " + reply.text());
        assertTrue(reply.text().length() <= ReplyComposer.MAX_LENGTH, "reply length " + reply.text().length());
    }

    @Test
    void tableHasAtLeast80Messages() {
        assertTrue(cases().size() >= 80, "cases: " + cases().size());
    }

    @Test
    void resultsCountableOnlyWhenRight() {
        assertTrue(parser.parse("+22376123456", "RES 123459 A450 B312 C12 D300 E180 F120").countable());
        assertFalse(parser.parse("+22376123456", "RES 123459 A450 B312 C12 D300 E170 F120").countable());
        assertTrue(parser.parse("+22376123456", "RES 123459 A450 B312 C12 D300 E170 F120").accepted());
        assertFalse(parser.parse("+22376123456", "ARV 123459 A7 B1 F1 G1").countable());
        assertFalse(parser.parse("+22376123456", "RES 123458 A450 B312 C12 D300 E180 F120").accepted());
    }

    @Test
    void answersTypedByQuestion() {
        ParsedSubmission parsed = parser.parse("+22376123456", "ARV 123459 A7 B2 F1 G1 H41");

        assertEquals(7, parsed.answer("A").orElseThrow().number());
        assertFalse(parsed.answer("B").orElseThrow().yes());
        assertTrue(parsed.answer("F").orElseThrow().yes());
        assertEquals(List.of("1", "4"), parsed.answer("H").orElseThrow().choices());
        assertEquals("ARV", parsed.form().orElseThrow().code());
        assertEquals("123459", parsed.observer().orElseThrow().code().digits());
    }

    @Test
    void englishObserverGetsEnglishReply() {
        Reply reply = composer.compose(parser.parse("+22366000001", "ARV 100014 A7 B1 F1 G1"));

        assertEquals(Language.ENGLISH, reply.language());
        assertEquals("ARV 100014 saved: A7 B1 F1 G1. Thank you.", reply.text());
    }

    @Test
    void phoneOwnerKeptBesideObserver() {
        ParsedSubmission parsed = parser.parse("+22366000001", "ARV 123459 A7 B1 F1 G1");

        assertEquals("123459", parsed.observer().orElseThrow().code().digits());
        assertEquals("100014", parsed.phoneOwner().orElseThrow().code().digits());
        assertTrue(parsed.flagged(SubmissionFlag.UNVERIFIED_SENDER));
        assertEquals(Language.FRENCH, parsed.replyLanguage());
    }

    @Test
    void unknownNumberHasNoPhoneOwner() {
        ParsedSubmission parsed = parser.parse("ORANGE", "ARV 123459 A7 B1 F1 G1");

        assertTrue(parsed.phoneOwner().isEmpty());
        assertTrue(parsed.flagged(SubmissionFlag.UNVERIFIED_SENDER));
        assertTrue(parsed.accepted());
    }

    @Test
    void nullTextIsEmptyMessage() {
        ParsedSubmission parsed = parser.parse(null, null);

        assertEquals(SubmissionError.Type.EMPTY_MESSAGE, parsed.errors().get(0).type());
        assertEquals("", parsed.text());
    }

    @Test
    void longChecklistReplyShortened() {
        StringBuilder text = new StringBuilder("ARV 123459 A7 B1 F1 G1");
        for (int i = 0; i < 40; i++) {
            text.append(" H1234");
        }
        text.append(" C8 D5 E2 @ ").append("x".repeat(500));
        Reply reply = composer.compose(parser.parse("+22370000000", text.toString()));

        assertTrue(reply.text().length() <= ReplyComposer.MAX_LENGTH, reply.text());
        assertTrue(reply.text().startsWith("ARV 123459 enregistré: A7 B1 F1 G1 H1234 C8 D5 E2"), reply.text());
    }

    private static String answers(ParsedSubmission parsed) {
        StringJoiner joiner = new StringJoiner(" ");
        parsed.answers().forEach(answer -> joiner.add(answer.compact()));
        return joiner.toString();
    }

    private static String errors(ParsedSubmission parsed) {
        StringJoiner joiner = new StringJoiner("; ");
        parsed.errors().forEach(error -> joiner.add(error.toString()));
        return joiner.toString();
    }

    private static String flags(ParsedSubmission parsed) {
        StringJoiner joiner = new StringJoiner(" ");
        for (SubmissionFlag flag : SubmissionFlag.values()) {
            if (parsed.flagged(flag)) {
                joiner.add(flag.name());
            }
        }
        return joiner.toString();
    }
}
