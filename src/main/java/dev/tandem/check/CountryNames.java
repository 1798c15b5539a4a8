package dev.tandem.check;

import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Country names as another language writes them, from ICU's CLDR data: Vietnamese news keeps
 * "Hungary" or "Romania" in English where French writes "Hongrie" and "Roumanie". Only one-word
 * English names are kept, as only single words are taken for names in the source.
 */
final class CountryNames {
    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private CountryNames() {
    }

    /** The name key of the country named {@code englishKey} in {@code language}, or null. */
    static String in(String language, String englishKey) {
        return BY_LANGUAGE.computeIfAbsent(language, CountryNames::load).get(englishKey);
    }

    private static Map<String, String> load(String language) {
        Map<String, String> names = new HashMap<>();
        ULocale target = new ULocale(language);
        for (String code : ULocale.getISOCountries()) {
            ULocale country = new ULocale("", code);
            String english = country.getDisplayCountry(ULocale.ENGLISH);
            String translated = country.getDisplayCountry(target);
            if (!english.contains(" ") && !translated.equals(code)) {
                names.put(FactChecks.key(english), FactChecks.key(translated));
            }
        }
        return names;
    }
}
