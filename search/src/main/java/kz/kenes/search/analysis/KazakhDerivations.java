package kz.kenes.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The extra terms of a Kazakh word in the canonical folded form of {@link ScriptFoldingFilter},
 * which {@link KazakhStemFilter#canonical} emits at the position of the word, next to its
 * inflectional stem. They let a query meet a derived or a verbal form of its word without merging
 * the forms themselves:
 *
 * <ul>
 *   <li>derivation: the noun a derived word is made of, for the privative {@code -сыз/-сіз} (газсыз
 *       → газ), the abstract/relational {@code -лық/-лік/-дық/-дік/-тық/-тік} (ауылдық → ауыл,
 *       мемлекеттік → мемлекет; the base keeps three letters, so салық, көлік, құдық stay) and the
 *       verbs in {@code -ландыр/-дандыр/-тандыр} (газдандыру → газ, жарықтандыру → жарық);
 *   <li>verbs: the verb stem, marked with a final {@code -} so that it never meets a noun (жыл,
 *       year, and жылу, heat, stay apart), read from the verbal noun in {@code -у} (жөндеу, салу)
 *       and from the common finite forms: past {@code -ды/-ты} (+ person), present-future {@code
 *       -а/-е/-й + ды}, participles {@code -ған/-ген/-қан/-кен, -атын/-йтын}, converb {@code
 *       -ып/-п} and its negative {@code -май/-мей}, imperatives {@code -ңыз(дар), -сын},
 *       conditional {@code -са/-се} (+ person), intention {@code -мақ/-мек(шы)}, participles with a
 *       case or plural ending ({@code -ғанда, -геннен, -гендер}), after an optional negation {@code
 *       -ма/-ба/-па} and one passive or reflexive {@code -ыл/-ын/-л/-н} (жөнделмеді, салынды →
 *       жөнде-, сал-). Where a form reads two ways (төледі: төле-ді or төл-еді), both stems are
 *       emitted; a verb made from a noun with {@code -ла/-та/-да} also gives the noun (ремонттады →
 *       ремонт, жоспарланған → жоспар);
 *   <li>a few lexical equivalents: the Russian loans акимат for әкімдік and аул for ауыл.
 * </ul>
 */
final class KazakhDerivations {

  private KazakhDerivations() {}

  /** Marks a verb stem; the standard tokenizer never ends a term with it. */
  static final char VERB = '-';

  private static final String VOWELS = "aeoui";
  private static final String VOICELESS = "kpstfhcbvgd";

  private static final Map<String, String> EQUIVALENTS =
      Map.of(
          ScriptFoldingFilter.fold("акимат"), ScriptFoldingFilter.fold("әкімдік"),
          ScriptFoldingFilter.fold("аул"), ScriptFoldingFilter.fold("ауыл"));

  /** Nouns in -у that are not read as verbal nouns. */
  private static final Set<String> NOT_VERBAL_NOUNS = Set.of(ScriptFoldingFilter.fold("жылу"));

  /** What may follow a back-vowel participle: nothing, a case, the plural, -дықтан. */
  private static final String[] PARTICIPLE_CASES_BACK = {
    "", "da", "nan", "dar", "ga", "di", "in", "ina", "dai", "diktan"
  };

  /** The same after a front-vowel participle. */
  private static final String[] PARTICIPLE_CASES_FRONT = {
    "", "de", "nen", "der", "ge", "di", "in", "ine", "dei", "dikten"
  };

  /**
   * Nouns that a verb in -ла/-та/-да (and front forms) is not read as made of: орындау (to carry
   * out) is not about орын (a place).
   */
  private static final Set<String> NOT_DENOMINAL = Set.of(ScriptFoldingFilter.fold("орын"));

  /** Finite endings: text, and whether it follows a vowel (1), a consonant (2) or either (0). */
  private record Ending(String text, int after) {}

  private static final List<Ending> ENDINGS = new ArrayList<>();

  static {
    for (String d : new String[] {"d", "t"}) {
      for (String p : new String[] {"", "m", "n", "k", "niz", "nizdar", "nizder"}) {
        ENDINGS.add(new Ending(d + "i" + p, 0));
      }
    }
    for (String p : new String[] {"di", "min", "miz", "sin", "siz", "sizdar", "sizder"}) {
      ENDINGS.add(new Ending("a" + p, 2));
      ENDINGS.add(new Ending("e" + p, 2));
      ENDINGS.add(new Ending("i" + p, 1));
    }
    // participles -ған/-ген/-қан/-кен, also with a case or plural ending (салынғанда, бөлінгендер)
    for (String p : new String[] {"gan", "kan"}) {
      for (String c : PARTICIPLE_CASES_BACK) ENDINGS.add(new Ending(p + c, 0));
    }
    for (String p : new String[] {"gen", "ken"}) {
      for (String c : PARTICIPLE_CASES_FRONT) ENDINGS.add(new Ending(p + c, 0));
    }
    // conditional -са/-се with its persons (жөндесе, салсаңыз)
    for (String p : new String[] {"", "m", "n", "k", "niz", "nizdar", "nizder"}) {
      ENDINGS.add(new Ending("sa" + p, 0));
      ENDINGS.add(new Ending("se" + p, 0));
    }
    // intention -мақ/-мек/-бақ/-бек/-пақ/-пек, also -шы (жөндемек, салмақшы)
    for (String p : new String[] {"mak", "mek", "bak", "bek", "pak", "pek"}) {
      ENDINGS.add(new Ending(p, 0));
      ENDINGS.add(new Ending(p + "shi", 0));
    }
    for (String p : new String[] {"atin", "etin"}) ENDINGS.add(new Ending(p, 2));
    ENDINGS.add(new Ending("itin", 1));
    ENDINGS.add(new Ending("ip", 2));
    ENDINGS.add(new Ending("p", 1));
    for (String p : new String[] {"iniz", "inizdar", "inizder"}) ENDINGS.add(new Ending(p, 2));
    for (String p : new String[] {"niz", "nizdar", "nizder"}) ENDINGS.add(new Ending(p, 1));
    ENDINGS.add(new Ending("sin", 0));
    // the negative converb -май/-мей/-бай/-пай (жөнделмей жатыр)
    for (String p : new String[] {"mai", "mei", "bai", "bei", "pai", "pei"}) {
      ENDINGS.add(new Ending(p, 0));
    }
  }

  /** {@link #ENDINGS} by their last letter, in their order: a word is checked against its own. */
  private static final Map<Character, List<Ending>> ENDINGS_BY_LAST_LETTER =
      ENDINGS.stream()
          .collect(
              Collectors.groupingBy(
                  e -> e.text().charAt(e.text().length() - 1),
                  java.util.LinkedHashMap::new,
                  Collectors.toList()));

  /**
   * Compounds written as one word or as two (теміржол and темір жол, ауызсу and ауыз су), folded:
   * the one-word stem gives its two parts as extra terms, and two words in a row give the compound
   * ({@link KazakhStemFilter}).
   */
  private static final Map<String, String[]> COMPOUNDS = new java.util.HashMap<>();

  private static final Map<String, String> COMPOUND_OF_PARTS = new java.util.HashMap<>();

  static {
    for (String[] c :
        new String[][] {
          {"темір", "жол"},
          {"ауыз", "су"},
          {"бала", "бақша"},
          {"жер", "асты"},
          {"көп", "қабатты"},
          {"қол", "өнер"},
          {"іс", "шара"},
          {"ас", "үй"},
          {"теле", "арна"},
          {"кәсіп", "орын"},
        }) {
      String a = ScriptFoldingFilter.fold(c[0]);
      String b = ScriptFoldingFilter.fold(c[1]);
      COMPOUNDS.put(a + b, new String[] {a, b});
      COMPOUND_OF_PARTS.put(a + " " + b, a + b);
    }
  }

  /** The compound of two stems in a row, or null. */
  static String compound(String first, String second) {
    return COMPOUND_OF_PARTS.get(first + " " + second);
  }

  /**
   * The extra terms of the folded word {@code word} whose inflectional stem is {@code stem}; empty
   * when there are none. Never contains {@code stem}.
   */
  static List<String> extras(String word, String stem) {
    return extras(word, stem, false);
  }

  /**
   * The extra terms; on the query side without the parts of a compound (a search for теміржол must
   * not find every text with жол).
   */
  static List<String> extras(String word, String stem, boolean querySide) {
    List<String> out = new ArrayList<>(2);
    for (var c :
        querySide ? java.util.Set.<Map.Entry<String, String[]>>of() : COMPOUNDS.entrySet()) {
      if (stem.startsWith(c.getKey()) && stem.length() <= c.getKey().length() + 2) {
        add(out, stem, c.getValue()[0]);
        add(out, stem, c.getValue()[1]);
      }
    }
    String equivalent = EQUIVALENTS.get(stem);
    if (equivalent != null) {
      out.add(equivalent);
    }
    for (String derived : new String[] {stem, word}) {
      String base = derivationBase(derived);
      if (base != null) {
        add(out, stem, base);
      }
    }
    if (stem.length() > 1 && stem.endsWith("u") && !NOT_VERBAL_NOUNS.contains(stem)) {
      String v = stem.substring(0, stem.length() - 1);
      // a vowel-final stem keeps three letters: тау (mountain) is not та- + -у
      if (verbStem(v, VOWELS.indexOf(v.charAt(v.length() - 1)) >= 0 ? 3 : 2)) {
        verb(out, stem, v);
      }
    }
    List<Ending> endings =
        word.isEmpty()
            ? List.of()
            : ENDINGS_BY_LAST_LETTER.getOrDefault(word.charAt(word.length() - 1), List.of());
    for (Ending e : endings) {
      if (word.length() > e.text.length() && word.endsWith(e.text)) {
        String v = word.substring(0, word.length() - e.text.length());
        char last = v.charAt(v.length() - 1);
        boolean vowel = VOWELS.indexOf(last) >= 0;
        if ((e.after == 1 && !vowel) || (e.after == 2 && vowel)) {
          continue;
        }
        char first = e.text.charAt(0);
        // (the converb -п alone follows a vowel; -пақ, -пай follow a voiceless consonant)
        if (first == 't' || first == 'k' || (first == 'p' && e.text.length() > 1)) {
          if (VOICELESS.indexOf(last) < 0 && !v.endsWith("sh") && !v.endsWith("ch")) continue;
        } else if ((first == 'd' || first == 'g' || first == 'b') && VOICELESS.indexOf(last) >= 0) {
          continue;
        }
        v = withoutNegation(v);
        if (verbStem(v, e.text.equals("p") ? 3 : 2)) {
          verb(out, stem, v);
        }
      }
    }
    return out;
  }

  private static void verb(List<String> out, String stem, String v) {
    v = withoutVoice(v);
    // the voiced б/г of жабады, жабылды is the п/к of жапты
    char last = v.charAt(v.length() - 1);
    if (last == 'b') v = v.substring(0, v.length() - 1) + 'p';
    if (last == 'g') v = v.substring(0, v.length() - 1) + 'k';
    add(out, stem, v + VERB);
    String noun = derivationBase(v);
    if (noun == null) {
      noun = denominalBase(v);
    }
    if (noun != null) {
      add(out, stem, noun);
    }
  }

  /**
   * The noun of a verb made with -ла/-ле, -та/-те or -да/-де (ремонтта- → ремонт, асфальтта- →
   * асфальт, жоспарла- → жоспар, тазала- → таза), or null. The noun keeps four letters (жөнде- is
   * not жөн, сақта- not сақ) and the suffix must fit its last sound.
   */
  private static String denominalBase(String v) {
    if (v.length() < 6) {
      return null;
    }
    String suffix = v.substring(v.length() - 2);
    if (!List.of("la", "le", "ta", "te", "da", "de").contains(suffix)) {
      return null;
    }
    String base = v.substring(0, v.length() - 2);
    if (!nounBase(base, 4) || NOT_DENOMINAL.contains(base)) {
      return null;
    }
    char c = base.charAt(base.length() - 1);
    boolean fits =
        switch (suffix.charAt(0)) {
          case 'l' -> VOWELS.indexOf(c) >= 0 || "riu".indexOf(c) >= 0;
          case 'd' -> "lmnzj".indexOf(c) >= 0;
          default -> VOICELESS.indexOf(c) >= 0 || base.endsWith("sh");
        };
    return fits ? base : null;
  }

  private static void add(List<String> out, String stem, String term) {
    if (!term.equals(stem) && !out.contains(term)) {
      out.add(term);
    }
  }

  /** The noun of a derived word or verb stem, or null. */
  private static String derivationBase(String s) {
    for (String v : new String[] {"landir", "lendir", "dandir", "dendir", "tandir", "tendir"}) {
      if (s.endsWith(v) && fits(s.substring(0, s.length() - v.length()), v.charAt(0), 2)) {
        return s.substring(0, s.length() - v.length());
      }
    }
    if (s.endsWith("siz") && nounBase(s.substring(0, s.length() - 3), 2)) {
      return s.substring(0, s.length() - 3);
    }
    // the attributive -ғы/-гі/-қы/-кі of time and place (бүгінгі, қазіргі, жазғы, қысқы, сыртқы),
    // only after н, р, з or a voiceless consonant: белгі and күлкі are not бел and күл
    if ((s.endsWith("gi") && "nrz".indexOf(at(s, 3)) >= 0)
        || (s.endsWith("ki") && ("stpk".indexOf(at(s, 3)) >= 0 || s.endsWith("shki")))) {
      String base = s.substring(0, s.length() - 2);
      if (nounBase(base, 3)) {
        return base;
      }
    }
    for (String d : new String[] {"lik", "dik", "tik"}) {
      if (s.endsWith(d) && fits(s.substring(0, s.length() - 3), d.charAt(0), 3)) {
        return s.substring(0, s.length() - 3);
      }
    }
    return null;
  }

  /** Whether a derivational suffix beginning with l, d or t may follow {@code base}. */
  private static boolean fits(String base, char first, int minLetters) {
    if (!nounBase(base, minLetters)) {
      return false;
    }
    char c = base.charAt(base.length() - 1);
    return switch (first) {
      case 'l' -> VOWELS.indexOf(c) >= 0 || c == 'r';
      case 'd' -> "lmnzj".indexOf(c) >= 0;
      default -> VOICELESS.indexOf(c) >= 0 || base.endsWith("sh");
    };
  }

  /** The character {@code back} places from the end, or 0. */
  private static char at(String s, int back) {
    return s.length() >= back ? s.charAt(s.length() - back) : 0;
  }

  private static boolean nounBase(String s, int minLetters) {
    return letters(s) >= minLetters && hasVowel(s);
  }

  private static String withoutNegation(String v) {
    for (String n : new String[] {"ma", "me", "ba", "be", "pa", "pe"}) {
      if (v.endsWith(n) && v.length() > n.length()) {
        String base = v.substring(0, v.length() - 2);
        char c = base.charAt(base.length() - 1);
        boolean ok =
            switch (n.charAt(0)) {
              case 'm' -> VOWELS.indexOf(c) >= 0 || c == 'r' || c == 'l';
              case 'b' -> "mnzj".indexOf(c) >= 0;
              default -> VOICELESS.indexOf(c) >= 0 || base.endsWith("sh");
            };
        if (ok && verbStem(base, 2)) {
          return base;
        }
      }
    }
    return v;
  }

  /**
   * Strips one passive or reflexive suffix: -ыл/-іл/-ын/-ін after a consonant, -л/-н after a vowel.
   */
  private static String withoutVoice(String v) {
    int n = v.length();
    if (n > 3 && (v.endsWith("il") || v.endsWith("in"))) {
      String base = v.substring(0, n - 2);
      if (VOWELS.indexOf(base.charAt(base.length() - 1)) < 0 && verbStem(base, 2)) {
        return base;
      }
    }
    if (n > 3 && (v.endsWith("l") || v.endsWith("n"))) {
      String base = v.substring(0, n - 1);
      if (VOWELS.indexOf(base.charAt(base.length() - 1)) >= 0 && verbStem(base, 3)) {
        return base;
      }
    }
    return v;
  }

  private static boolean verbStem(String v, int minLetters) {
    return letters(v) >= minLetters && hasVowel(v);
  }

  private static boolean hasVowel(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (VOWELS.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Letters of a canonical string: the digraphs sh, ch and ts stand for one letter. */
  private static int letters(String s) {
    int n = s.length();
    for (int i = 0; i + 1 < s.length(); i++) {
      char a = s.charAt(i);
      char b = s.charAt(i + 1);
      if (((a == 's' || a == 'c') && b == 'h') || (a == 't' && b == 's')) {
        n--;
      }
    }
    return n;
  }
}
