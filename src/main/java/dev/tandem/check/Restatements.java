package dev.tandem.check;

import dev.tandem.align.NumbersAndDates;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers a faithful translation writes differently because it restates them: a clock time on the
 * other clock ("3 giờ chiều" as "15 h", "7.55 giờ sáng" as "07h55") and a measure in other units
 * ("550 pound" as "250 kg", "40 dặm" as "64 km", "80 độ" as "26 degrés"). The number check reads
 * these on both sides and drops the numbers of each pair that agree, so that only real
 * differences are left.
 */
final class Restatements {
    /**
     * Translators round conversions: 550 pounds (249.5 kg) is written "250 kg", 12 mph (19.3 km/h)
     * "20 km/h". Wider would let a changed number pass: 251 kg for 550 pounds is within 1%.
     */
    private static final double TOLERANCE = 0.05;
    private static final String NUMBER = "(\\d{1,3}(?:[., ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";
    /**
     * A clock time: "7.55", "07h55" or "17:30" (with "giờ" or "h" after it, or a period of the day,
     * when the mark is a full stop, which decimals use too); "15 h", "17 h 30", "3 giờ", "2 giờ 15
     * phút"; "3 pm". A period of the day may follow: sáng, trưa, chiều, tối, đêm, am, pm.
     */
    private static final Pattern TIME = Pattern.compile("(?iu)(?<![\\d.,:])(?<h>\\d{1,2})(?:"
            + "(?<sep>[:.h])(?<m>\\d{2})(?!\\d)(?:\\s*(?<unitA>giờ|h(?![\\p{L}])))?"
            + "|\\s*(?<unitB>giờ|h(?![\\p{L}]))(?:\\s*(?<mB>\\d{2})(?!\\d)(?:\\s*phút)?)?"
            + "|(?=\\s*[ap]\\.?m\\.?(?![\\p{L}])))"
            + "\\s*(?<period>sáng|trưa|chiều|tối|đêm|[ap]\\.?m\\.?(?![\\p{L}]))?");
    private static final Pattern MEASURE;
    /**
     * A number written in words before a unit: "một dặm" (a mile), "sáu dặm", "two miles", "trois
     * kilomètres". Up to ten: a translator converts "about a mile" into "1,5 km", and larger
     * numbers are written in digits.
     */
    private static final Pattern SPELLED_MEASURE;
    private static final Map<String, Integer> SMALL_NUMBERS = smallNumbers();
    /**
     * The start of a range whose unit follows only its end: "2 đến 4 inch", "từ 1 đến 2 inch",
     * "5 à 10 cm", "entre 7,5 et 15 cm", "2 to 4 inches". The first number is in the same unit (4
     * of the numbers reported changed on NTREX vi→fr were such range starts, converted).
     */
    private static final Pattern RANGE_START = Pattern.compile("(?iu)(?<![\\d\\p{L}.,])" + NUMBER
            + "\\s*(?:đến|tới|-|–|à|to|a|bis)\\s*$|(?:entre|between|zwischen)\\s+" + NUMBER
            + "\\s+(?:et|and|und|y)\\s*$");
    /** Unit words, longest first within a kind, with their kind and their size in the kind's base unit. */
    private static final Object[][] UNITS = {
            {"dặm trên giờ|dặm/giờ|dặm một giờ|mph|miles per hour|miles à l'heure|英里每小时", "speed", 1.609344},
            {"km/h|km/giờ|kilomètres-heure|kilomètres par heure|kilometres per hour|kilometers per hour|公里每小时", "speed", 1.0},
            {"dặm|miles?|milles|英里", "length", 1609.344},
            {"kilomètres|kilometres|kilometers|km|cây số|公里|千米", "length", 1000.0},
            {"centimètres|centimetres|centimeters|cm|phân|厘米|公分", "length", 0.01},
            {"mètres|metres|meters|mét|m|米", "length", 1.0},
            {"inches|inch|pouces|英寸", "length", 0.0254},
            {"feet|foot|ft|pieds|英尺", "length", 0.3048},
            {"pounds|pound|lbs|lb|磅", "mass", 0.45359237},
            {"kilogrammes|kilograms|kg|ký|cân|公斤|千克", "mass", 1.0},
            {"tấn|tonnes|tons|吨", "mass", 1000.0},
            {"độ F|°F|degrees Fahrenheit|degrés Fahrenheit", "fahrenheit", 1.0},
            {"độ C|°C|degrees Celsius|degrés Celsius|摄氏度|degrés|degrees|độ", "celsius", 1.0},
    };

    static {
        StringBuilder units = new StringBuilder();
        for (Object[] unit : UNITS) {
            units.append(units.length() == 0 ? "" : "|").append("(").append(unit[0]).append(")");
        }
        // A unit ends where Latin letters do ("m" is not "mai"); Chinese runs on ("550 磅重的").
        MEASURE = Pattern.compile("(?iu)(?<![\\d\\p{L}])" + NUMBER + "\\s*(?:" + units + ")(?![\\p{IsLatin}])");
        SPELLED_MEASURE = Pattern.compile("(?iu)(?<![\\p{L}])(" + String.join("|", SMALL_NUMBERS.keySet())
                + ")\\s+(?:" + units + ")(?![\\p{L}])");
    }

    /** Vietnamese, French and English words for one to ten, as a translator might convert them. */
    private static Map<String, Integer> smallNumbers() {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        String[][] words = {
            {"một", "un", "une", "one", "a"}, {"hai", "deux", "two"}, {"ba", "trois", "three"},
            {"bốn", "tư", "quatre", "four"}, {"năm", "cinq", "five"}, {"sáu", "six"}, {"bảy", "sept", "seven"},
            {"tám", "huit", "eight"}, {"chín", "neuf", "nine"}, {"mười", "dix", "ten"}};
        for (int n = 0; n < words.length; n++) {
            for (String word : words[n]) {
                numbers.put(word, n + 1);
            }
        }
        return Map.copyOf(numbers);
    }

    private Restatements() {
    }

    /**
     * A time or a measure as read from one side.
     *
     * @param kind {@code time}, {@code speed}, {@code length}, {@code mass} or {@code temperature}
     * @param unit the unit's words as {@link #UNITS} lists them ("dặm" and "miles" are one unit);
     *     {@code clock} for a time
     * @param values what {@link NumbersAndDates} reads in the matched text: the numbers to drop
     * @param amounts what it may stand for: minutes after midnight, or the measure in base units
     */
    record Found(String kind, String unit, List<String> values, double[] amounts) {
    }

    /** The times and measures of {@code text}. */
    static List<Found> read(String text, String language) {
        // Vietnamese text may come decomposed (NTREX does): "giờ" as o, U+031B, U+0300. French
        // puts a no-break space between a number and its unit ("15\u00a0h").
        String plain = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').replace('\u202f', ' ');
        List<Found> found = new ArrayList<>();
        Matcher m = MEASURE.matcher(plain);
        while (m.find()) {
            Optional<Found> measure = measure(m, language);
            measure.ifPresent(found::add);
            measure.flatMap(end -> rangeStart(plain, m.start(), end, language)).ifPresent(found::add);
        }
        Matcher spelled = SPELLED_MEASURE.matcher(plain);
        while (spelled.find()) {
            spelledMeasure(spelled).ifPresent(found::add);
        }
        Matcher t = TIME.matcher(plain);
        while (t.find()) {
            time(t, language).ifPresent(found::add);
        }
        return found;
    }

    /** Whether two readings may say the same: same kind, and amounts within the tolerance. */
    static boolean agree(Found a, Found b) {
        if (!a.kind().equals(b.kind())) {
            return false;
        }
        // In the same unit there is nothing to round: 100 km and 101 km differ.
        double tolerance = !a.unit().isEmpty() && a.unit().equals(b.unit()) ? 0 : TOLERANCE;
        for (double x : a.amounts()) {
            for (double y : b.amounts()) {
                double scale = Math.max(Math.abs(x), Math.abs(y));
                if (Math.abs(x - y) <= tolerance * scale + 1e-9
                        || tolerance > 0 && !a.kind().equals("time") && (roundedTo(x, y) || roundedTo(y, x))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code rounded} is {@code exact} rounded to a half of its leading digit's place:
     * 200 miles (321.9 km) written "300 km", a mile (1.61 km) "1,5 km". Translators round a
     * conversion so; a number changed by one ("301 km") is no such rounding.
     */
    private static boolean roundedTo(double exact, double rounded) {
        if (exact <= 0 || rounded <= 0) {
            return false;
        }
        double step = 0.5 * Math.pow(10, Math.floor(Math.log10(exact)));
        return Math.abs(Math.round(exact / step) * step - rounded) <= 1e-9 * Math.max(exact, rounded);
    }

    /**
     * The start of the range that ends with the measure {@code end} found at {@code at}, in the
     * same unit, or empty when no range ends there.
     */
    private static Optional<Found> rangeStart(String text, int at, Found end, String language) {
        Matcher start = RANGE_START.matcher(text).region(Math.max(0, at - 40), at);
        if (!start.find() || end.kind().equals("temperature")) {
            return Optional.empty();
        }
        String number = start.group(1) != null ? start.group(1) : start.group(2);
        List<String> values = NumbersAndDates.read(number, language);
        if (values.size() != 1 || values.get(0).contains("/") || end.values().isEmpty()) {
            return Optional.empty();
        }
        try {
            double ratio = end.amounts()[0] / Double.parseDouble(end.values().get(0));
            return Optional.of(new Found(end.kind(), end.unit(), values,
                    new double[] {Double.parseDouble(values.get(0)) * ratio}));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A measure whose number is a word: nothing to drop on its side, an amount to agree with. */
    private static Optional<Found> spelledMeasure(Matcher m) {
        Integer n = SMALL_NUMBERS.get(m.group(1).toLowerCase(Locale.ROOT));
        for (int u = 0; n != null && u < UNITS.length; u++) {
            String kind = (String) UNITS[u][1];
            if (m.group(u + 2) != null && !kind.equals("fahrenheit") && !kind.equals("celsius")) {
                return Optional.of(new Found(kind, (String) UNITS[u][0], List.of(),
                        new double[] {n * (Double) UNITS[u][2]}));
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> measure(Matcher m, String language) {
        List<String> values = NumbersAndDates.read(m.group(1), language);
        if (values.size() != 1 || values.get(0).contains("/")) {
            return Optional.empty();
        }
        double amount;
        try {
            amount = Double.parseDouble(values.get(0));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        for (int u = 0; u < UNITS.length; u++) {
            if (m.group(u + 2) == null) {
                continue;
            }
            String kind = (String) UNITS[u][1];
            String unit = (String) UNITS[u][0];
            double size = (Double) UNITS[u][2];
            if (kind.equals("fahrenheit")) {
                return Optional.of(new Found("temperature", unit, values, new double[] {(amount - 32) * 5 / 9}));
            }
            if (kind.equals("celsius")) {
                // A bare "độ" or "degrees" is either scale: news translated from English keeps Fahrenheit.
                // Nor is its unit known, so two bare degrees are compared as converted, not exactly.
                boolean bare = !m.group(u + 2).toLowerCase(Locale.ROOT).matches(".*(c|celsius)$");
                return Optional.of(new Found("temperature", bare ? "" : unit, values,
                        bare ? new double[] {amount, (amount - 32) * 5 / 9} : new double[] {amount}));
            }
            return Optional.of(new Found(kind, unit, values, new double[] {amount * size}));
        }
        return Optional.empty();
    }

    private static Optional<Found> time(Matcher t, String language) {
        String period = t.group("period") == null ? "" : t.group("period").toLowerCase(Locale.ROOT).replace(".", "");
        boolean clock = t.group("sep") != null
                ? !t.group("sep").equals(".") || t.group("unitA") != null || !period.isEmpty()
                : t.group("unitB") != null || !period.isEmpty();
        if (!clock) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(t.group("h"));
        String minutes = t.group("m") != null ? t.group("m") : t.group("mB");
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        if (hour > 24 || minute > 59) {
            return Optional.empty();
        }
        List<Integer> hours = new ArrayList<>();
        switch (period) {
            case "chiều", "tối", "pm" -> hours.add(hour < 12 ? hour + 12 : hour);
            case "đêm" -> hours.add(hour < 12 && hour > 5 ? hour + 12 : hour % 24);
            case "trưa" -> hours.add(hour < 11 ? hour + 12 : hour);
            case "sáng", "am" -> hours.add(hour == 12 ? 0 : hour);
            default -> {
                hours.add(hour % 24);
                if (hour < 12) {
                    hours.add(hour + 12);
                }
            }
        }
        double[] amounts = hours.stream().mapToDouble(h -> h * 60.0 + minute).toArray();
        return Optional.of(new Found("time", "clock", NumbersAndDates.read(t.group(), language), amounts));
    }
}
