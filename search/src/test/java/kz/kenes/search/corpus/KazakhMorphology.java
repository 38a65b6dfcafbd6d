package kz.kenes.search.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Generates Kazakh word forms for the benchmark corpus: plural, possessive and case endings under
 * vowel harmony and the assimilation of the stem's last sound, the voicing of a final к қ п before
 * a vowel (мектеп → мектебі), the vowel dropping of a few stems (мұрын → мұрны), derivations (-шы,
 * -лық, -сыз, -сыздық, -лы, -дағы) and verb forms. Written for the benchmark from grammar tables,
 * independently of the search module's stemmer, so that the corpus does not flatter it.
 */
final class KazakhMorphology {

  private static final String VOWELS = "аәеиоөұүыіэюяуё";
  private static final String BACK = "аоұыя";
  private static final String FRONT = "әөүіеэ";
  private static final String VOICELESS = "кқпстфхцчшщ";

  /** Stems whose last vowel drops before a vowel-initial ending. */
  static final Set<String> VOWEL_DROPPING =
      Set.of("мұрын", "орын", "ауыз", "ерін", "қарын", "халық", "құлық", "ерік", "көрік", "ойын");

  private KazakhMorphology() {}

  /** True when the word's harmony is back (its last harmonic vowel is а о ұ ы я). */
  static boolean back(String word) {
    for (int i = word.length() - 1; i >= 0; i--) {
      char c = word.charAt(i);
      if (BACK.indexOf(c) >= 0) {
        return true;
      }
      if (FRONT.indexOf(c) >= 0) {
        return false;
      }
    }
    return false; // и, у only: loanwords such as "ит", "су" are rare; front by default
  }

  private static char last(String w) {
    return w.charAt(w.length() - 1);
  }

  static boolean endsInVowel(String w) {
    return VOWELS.indexOf(last(w)) >= 0 && last(w) != 'у' || last(w) == 'у' && w.length() <= 2;
  }

  private static boolean voiceless(String w) {
    return VOICELESS.indexOf(last(w)) >= 0;
  }

  /** The stem as it stands before an ending that starts with a vowel. */
  static String beforeVowel(String stem) {
    if (VOWEL_DROPPING.contains(stem)) {
      int i = stem.length() - 2;
      return stem.substring(0, i) + stem.charAt(i + 1);
    }
    char c = last(stem);
    String head = stem.substring(0, stem.length() - 1);
    if (stem.length() > 3 && c == 'к') {
      return head + 'г';
    }
    if (stem.length() > 3 && c == 'қ') {
      return head + 'ғ';
    }
    if (stem.length() > 3 && c == 'п') {
      return head + 'б';
    }
    return stem;
  }

  /** Picks the back or front variant. */
  private static String h(String w, String backForm, String frontForm) {
    return back(w) ? backForm : frontForm;
  }

  static String plural(String w) {
    char c = last(w);
    if (endsInVowel(w) || "рйу".indexOf(c) >= 0) {
      return w + h(w, "лар", "лер");
    }
    if (voiceless(w) || "бвгд".indexOf(c) >= 0) {
      return w + h(w, "тар", "тер");
    }
    return w + h(w, "дар", "дер");
  }

  static String genitive(String w) {
    char c = last(w);
    if (endsInVowel(w) || "мнң".indexOf(c) >= 0) {
      return w + h(w, "ның", "нің");
    }
    return w + (voiceless(w) || "бвгд".indexOf(c) >= 0 ? h(w, "тың", "тің") : h(w, "дың", "дің"));
  }

  static String accusative(String w) {
    if (endsInVowel(w)) {
      return w + h(w, "ны", "ні");
    }
    return w + (voiceless(w) || "бвгд".indexOf(last(w)) >= 0 ? h(w, "ты", "ті") : h(w, "ды", "ді"));
  }

  static String dative(String w) {
    return w + (voiceless(w) ? h(w, "қа", "ке") : h(w, "ға", "ге"));
  }

  static String locative(String w) {
    return w + (voiceless(w) || "бвгд".indexOf(last(w)) >= 0 ? h(w, "та", "те") : h(w, "да", "де"));
  }

  static String ablative(String w) {
    char c = last(w);
    if ("мнң".indexOf(c) >= 0) {
      return w + h(w, "нан", "нен");
    }
    return w + (voiceless(w) || "бвгд".indexOf(c) >= 0 ? h(w, "тан", "тен") : h(w, "дан", "ден"));
  }

  static String instrumental(String w) {
    char c = last(w);
    if (endsInVowel(w) || "рйулмнң".indexOf(c) >= 0) {
      return w + "мен";
    }
    return w + ("зж".indexOf(c) >= 0 ? "бен" : "пен");
  }

  /** Possessive of the 3rd person: ауылы, мектебі, баласы, мұрны. */
  static String poss3(String w) {
    return endsInVowel(w) ? w + h(w, "сы", "сі") : beforeVowel(w) + h(w, "ы", "і");
  }

  /** Possessive of the 1st person plural: ауылымыз, мектебіміз, баламыз. */
  static String poss1pl(String w) {
    return endsInVowel(w) ? w + h(w, "мыз", "міз") : beforeVowel(w) + h(w, "ымыз", "іміз");
  }

  /** Possessive of the 1st person singular: ауылым, балам. */
  static String poss1sg(String w) {
    return endsInVowel(w) ? w + "м" : beforeVowel(w) + h(w, "ым", "ім");
  }

  /** Possessive of the polite 2nd person: ауылыңыз, балаңыз. */
  static String poss2pol(String w) {
    return endsInVowel(w) ? w + h(w, "ңыз", "ңіз") : beforeVowel(w) + h(w, "ыңыз", "іңіз");
  }

  /** Cases after a 3rd person possessive take the pronominal n: ауылының, ауылына, ауылында. */
  static List<String> afterPoss3(String p) {
    return List.of(
        p + h(p, "ның", "нің"),
        p + "н",
        p + h(p, "на", "не"),
        p + h(p, "нда", "нде"),
        p + h(p, "нан", "нен"));
  }

  /** Noun forms, most common first (the caller picks with a Zipf-like bias to the first). */
  static List<String> nounForms(String s) {
    List<String> f = new ArrayList<>(40);
    String pl = plural(s);
    String p3 = poss3(s);
    String p1 = poss1pl(s);
    f.add(s);
    f.add(p3);
    f.add(locative(s));
    f.add(pl);
    f.add(dative(s));
    f.add(genitive(s));
    f.add(accusative(s));
    f.add(ablative(s));
    f.add(p1);
    f.addAll(afterPoss3(p3));
    f.add(instrumental(s));
    f.add(locative(p1));
    f.add(dative(p1));
    f.add(genitive(p1));
    f.add(locative(pl));
    f.add(dative(pl));
    f.add(genitive(pl));
    f.add(accusative(pl));
    f.add(ablative(pl));
    f.add(poss3(pl));
    f.add(poss1pl(pl));
    f.add(locative(poss1pl(pl)));
    f.add(poss1sg(s));
    f.add(poss2pol(s));
    f.add(locative(poss2pol(s)));
    f.add(locative(s) + h(s, "ғы", "гі")); // -дағы: ауылдағы, мектептегі
    f.add(poss3(pl) + h(s, "ның", "нің"));
    return f;
  }

  /** Derived nouns and adjectives of a noun stem. */
  static List<String> derivations(String s) {
    List<String> d = new ArrayList<>(6);
    char c = last(s);
    boolean v = endsInVowel(s);
    String lyk =
        v || "рйу".indexOf(c) >= 0
            ? h(s, "лық", "лік")
            : "лмнңзж".indexOf(c) >= 0 ? h(s, "дық", "дік") : h(s, "тық", "тік");
    String ly =
        v || "рйу".indexOf(c) >= 0
            ? h(s, "лы", "лі")
            : "лмнңзж".indexOf(c) >= 0 ? h(s, "ды", "ді") : h(s, "ты", "ті");
    String syz = s + h(s, "сыз", "сіз");
    d.add(s + lyk);
    d.add(syz);
    d.add(syz + h(s, "дық", "дік")); // -сыздық: жарықсыздық, сусыздық
    d.add(s + ly);
    d.add(s + h(s, "шы", "ші"));
    return d;
  }

  /** Verb forms of a verb stem (the dictionary form without -у), most common first. */
  static List<String> verbForms(String s) {
    List<String> f = new ArrayList<>(24);
    boolean v = endsInVowel(s);
    boolean vl = voiceless(s);
    String past = s + (vl ? h(s, "ты", "ті") : h(s, "ды", "ді"));
    String conv = v ? s + "п" : beforeVowel(s) + h(s, "ып", "іп");
    String pres = v ? s + "й" : beforeVowel(s) + h(s, "а", "е");
    String part = s + (vl ? h(s, "қан", "кен") : h(s, "ған", "ген"));
    String neg =
        s
            + (vl
                ? h(s, "па", "пе")
                : "лмнң".indexOf(last(s)) >= 0 || v ? h(s, "ба", "бе") : h(s, "ма", "ме"));
    if (v || "рйу".indexOf(last(s)) >= 0) {
      neg = s + h(s, "ма", "ме");
    }
    f.add(s + "у");
    f.add(past);
    f.add(conv);
    f.add(pres + h(s, "ды", "ді"));
    f.add(part);
    f.add(s + "у" + h(s, "ға", "ге"));
    f.add(neg + h(s, "йды", "йді"));
    f.add(past + "қ");
    f.add(s + "у" + h(s, "ы", "і"));
    f.add(pres + h(s, "тын", "тін"));
    f.add(s + h(s, "са", "се"));
    f.add(v ? s + h(s, "ңыз", "ңіз") : beforeVowel(s) + h(s, "ыңыз", "іңіз"));
    f.add(v ? s + h(s, "ңыздар", "ңіздер") : beforeVowel(s) + h(s, "ыңыздар", "іңіздер"));
    f.add(s + h(s, "сын", "сін"));
    f.add(part + h(s, "ы", "і"));
    f.add(neg + h(s, "ған", "ген"));
    f.add(s + h(s, "уда", "уде"));
    f.add(s);
    f.add(pres + h(s, "мыз", "міз"));
    f.add(part + h(s, "да", "де"));
    return f;
  }

  /** Informal "phone" Latin as residents type it: zh, sh, gh, q for қ, a for ә, u for ұ ү. */
  static String phoneLatin(String w) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      b.append(
          switch (w.charAt(i)) {
            case 'а', 'ә' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            case 'г' -> "g";
            case 'ғ' -> "gh";
            case 'д' -> "d";
            case 'е', 'э' -> "e";
            case 'ж' -> "zh";
            case 'з' -> "z";
            case 'и', 'і' -> "i";
            case 'й', 'ы' -> "y";
            case 'к' -> "k";
            case 'қ' -> "q";
            case 'л' -> "l";
            case 'м' -> "m";
            case 'н' -> "n";
            case 'ң' -> "ng";
            case 'о', 'ө' -> "o";
            case 'п' -> "p";
            case 'р' -> "r";
            case 'с' -> "s";
            case 'т' -> "t";
            case 'у', 'ұ', 'ү' -> "u";
            case 'ф' -> "f";
            case 'х', 'һ' -> "h";
            case 'ц' -> "ts";
            case 'ч' -> "ch";
            case 'ш', 'щ' -> "sh";
            case 'ю' -> "yu";
            case 'я' -> "ya";
            case 'ё' -> "yo";
            default -> "";
          });
    }
    return b.toString();
  }
}
