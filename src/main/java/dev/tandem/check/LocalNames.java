package dev.tandem.check;

import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names that languages write their own way, from ICU's CLDR data. Countries: Vietnamese news keeps
 * "Hungary" or "Romania" in English where French writes "Hongrie" and "Roumanie" (only one-word
 * English names are kept, as only single words are taken for names in the source). Currencies:
 * "USD" is "dollars" in a French sentence, "AUD" "dollars australiens". Country codes: "USA" is
 * "États-Unis".
 */
final class LocalNames {
    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, String>> BY_CODE = new ConcurrentHashMap<>();
    /**
     * English abbreviations of countries that are no ISO 3166 three-letter code. Two-letter ISO
     * codes are left out: most are also common acronyms (AI, AM, TV, DM all are countries' codes).
     */
    private static final Map<String, String> ENGLISH_ABBREVIATIONS = Map.of("US", "US", "UK", "GB");

    private LocalNames() {
    }

    /** The name key of the country named {@code englishKey} in {@code language}, or null. */
    static String country(String language, String englishKey) {
        return BY_LANGUAGE.computeIfAbsent(language, LocalNames::load).get(englishKey);
    }

    /**
     * The name in {@code language} of the country whose ISO 3166 three-letter code is {@code code}
     * ("USA" is "États-Unis" in French), or of the country the English "US" or "UK" abbreviates;
     * null for any other acronym.
     */
    static String countryByCode(String language, String code) {
        return BY_CODE.computeIfAbsent(language, LocalNames::loadCodes).get(code);
    }

    /**
     * Whether {@code code} is an ISO 4217 currency that {@code text} names by a word of its
     * {@code language} name (singular or plural, four letters or more) or by its symbol.
     */
    static boolean currencyRendered(String code, String language, String text) {
        if (code.length() != 3 || !Currency.isAvailable(code, null, null)) {
            return false;
        }
        Currency currency = Currency.getInstance(code);
        ULocale locale = new ULocale(language);
        String symbol = currency.getSymbol(locale);
        if (!symbol.equals(code) && text.contains(symbol)) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String names = currency.getName(locale, Currency.LONG_NAME, null) + " "
                + currency.getName(locale, Currency.PLURAL_LONG_NAME, "other", null);
        for (String word : names.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 4 && lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> loadCodes(String language) {
        Map<String, String> names = new HashMap<>();
        ULocale target = new ULocale(language);
        for (String code : ULocale.getISOCountries()) {
            ULocale country = new ULocale("", code);
            String translated = country.getDisplayCountry(target);
            if (!translated.equals(code)) {
                names.put(country.getISO3Country(), translated);
            }
        }
        ENGLISH_ABBREVIATIONS.forEach((abbreviation, code) -> names.put(abbreviation,
                new ULocale("", code).getDisplayCountry(target)));
        return names;
    }

    private static Map<String, String> load(String language) {
        Map<String, String> names = new HashMap<>();
        ULocale target = new ULocale(language);
        for (String code : ULocale.getISOCountries()) {
            ULocale country = new ULocale("", code);
            String english = country.getDisplayCountry(ULocale.ENGLISH);
            String translated = country.getDisplayCountry(target);
            if (!english.contains(" ") && !translated.equals(code)) {
                names.put(NameChecks.key(english), NameChecks.key(translated));
            }
        }
        return names;
    }
}
