package kz.kenes.search.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rule engine shared by {@link KazakhStemFilter} (Cyrillic) and {@link
 * KazakhStemFilter#canonical} (the canonical folded form of {@link ScriptFoldingFilter}).
 *
 * <p>A Kazakh noun form is read as {@code stem + [plural] + [possessive] + [case]}. Every split of
 * the word into those four slots whose suffixes fit their left neighbour (consonant assimilation:
 * {@code -лар} after vowels and р/й/у/и, {@code -дар} after л/м/н/ң/з/ж, {@code -тар} after
 * voiceless consonants, and so on; vowel harmony in Cyrillic) and each other ({@code -н, -на, -нда,
 * -ндағы} only after a 3rd-person possessive, the bare dative {@code -а/-е} only after {@code
 * -ым/-ім/-ың/-ің}) is a candidate; the candidate with the shortest stem (the longest chain) wins,
 * provided the stem keeps at least two letters and a vowel and does not cut into a protected word
 * (a lemma that merely looks inflected, such as әкім or аудан); a bare one-letter possessive needs
 * a stem of three letters (шам stays), and never follows ш (the agentive -шы/-ші of оқушы). When
 * the suffix next to the stem begins with a vowel, a final б/г/ғ of the stem is restored to п/к/қ
 * (мектебі → мектеп).
 *
 * <p>{@link #stems} also returns the other readings of a word, which the canonical filter indexes
 * next to the stem (see {@link KazakhStemFilter}).
 *
 * <p>Deliberately not stripped: derivational suffixes (әкімдік keeps its stem; {@link
 * KazakhDerivations} adds the noun it is made of as an extra term), the bare 2nd-person possessive
 * {@code -ң} after a vowel (too many stems end in a vowel + ң, and it is the same letter as н once
 * folded), and the bare 1st/2nd-person possessive followed by the dative ({@code -ма, -ме}), which
 * collides with the many nouns in -ма/-ме (аялдама, мекеме).
 */
final class KazakhSuffixStripper {

  /** Left-context rules of a suffix, checked against the text just before it. */
  private enum Rule {
    /** -лар/-лер: after vowels and р, й, у, и. */
    L,
    /** -дар/-дер (plural): after л, м, н, ң, з, ж. */
    D_PLURAL,
    /** -дың/-дің: after voiced consonants л, р, й, у, и, з, ж. */
    D_GENITIVE,
    /** -ды/-ді: after voiced consonants and nasals. */
    D_ACCUSATIVE,
    /** -да/-де, -дағы/-дегі: after anything but a voiceless consonant. */
    D_LOCATIVE,
    /** -дан/-ден: after vowels and voiced consonants (not nasals: -нан). */
    D_ABLATIVE,
    /** -т...: after voiceless consonants. */
    T,
    /** -ға/-ге: after anything but a voiceless consonant. */
    G,
    /** -қа/-ке: after a voiceless consonant. */
    K,
    /** -ның/-нің: after vowels and nasals. */
    N_GENITIVE,
    /** -ны/-ні: after vowels other than о. */
    N_ACCUSATIVE,
    /** -нан/-нен: after nasals and vowels (3rd-person possessive). */
    N_ABLATIVE,
    /** -н, -на/-не, -нда/-нде, -ндағы/-ндегі: only after a 3rd-person possessive. */
    AFTER_POSSESSIVE_3,
    /** bare dative -а/-е: only after -ым/-ім/-ың/-ің. */
    AFTER_POSSESSIVE_12,
    /** -мен/-менен: after vowels, sonorants and nasals. */
    M,
    /** -бен/-бенен: after з, ж. */
    B,
    /** -пен/-пенен: after voiceless consonants. */
    P,
    /** possessives beginning with a vowel: after a consonant. */
    AFTER_CONSONANT,
    /** possessives beginning with a consonant: after a vowel. */
    AFTER_VOWEL
  }

  private record Suffix(String text, Rule rule, boolean possessive3, boolean possessive12) {}

  private final String vowels;
  private final String fullVowels;
  private final String semivowels;
  private final String voiceless;
  private final String voiced;
  private final String nasals;
  private final String back;
  private final String front;
  private final String alternationFrom;
  private final String alternationTo;
  private final List<Suffix> plurals = new ArrayList<>();
  private final List<Suffix> possessives = new ArrayList<>();
  private final List<Suffix> cases = new ArrayList<>();
  private final Set<String> protectedWords = new HashSet<>();
  private final List<String> protectedEndings = new ArrayList<>();
  private final java.util.function.UnaryOperator<String> spell;

  private KazakhSuffixStripper(
      String vowels,
      String fullVowels,
      String semivowels,
      String voiceless,
      String voiced,
      String nasals,
      String back,
      String front,
      String alternationFrom,
      String alternationTo,
      java.util.function.UnaryOperator<String> spell) {
    this.vowels = vowels;
    this.fullVowels = fullVowels;
    this.semivowels = semivowels;
    this.voiceless = voiceless;
    this.voiced = voiced;
    this.nasals = nasals;
    this.back = back;
    this.front = front;
    this.alternationFrom = alternationFrom;
    this.alternationTo = alternationTo;
    this.spell = spell;
    define();
  }

  /** Lemmas that look inflected; a stem never cuts into one of them. */
  private static final String[] PROTECTED = {
    "әкім",
    "мұғалім",
    "білім",
    "ілім",
    "ғылым",
    "киім",
    "өлім",
    "үкім",
    "шағым",
    "құрылым",
    "қаржы",
    "аудан",
    "ойын",
    "ақын",
    "жиын",
    "қиын",
    "орын",
    "бүгін",
    "тұрғын",
    "мойын",
    "келін",
    "кісі",
    "ақы",
    "тері",
    "теңге",
    "теңіз",
    "алаң",
    "адам",
    "әлем",
    "сәлем",
    "ислам",
    "мекеме",
    "аялдама",
    "жарнама",
    "бағдарлама",
    "қала",
    "жылы",
    "сары",
    "тамыз",
    "әкімдік",
    "егін"
  };

  /**
   * Word endings a stem never cuts into or before (at their last occurrence): a final қ is voiced
   * before a vowel suffix (тарақ → тарағы), so the -ақы of зейнетақы, жалақы, жәрдемақы ends the
   * lemma.
   */
  private static final String[] PROTECTED_ENDINGS = {"ақы"};

  /** The Cyrillic stemmer (lower-cased Kazakh Cyrillic). */
  static final KazakhSuffixStripper CYRILLIC =
      new KazakhSuffixStripper(
          "аәеоөұүыіэяюё",
          "аәеоөұүыіэяюё",
          "уий",
          "кқпстшфхцчщбвгд",
          "лрзжуий",
          "мнң",
          "аоұыяё",
          "әеөүіэ",
          "бгғ",
          "пкқ",
          s -> s);

  /** The stemmer of the canonical folded form ({@link ScriptFoldingFilter#fold(String)}). */
  static final KazakhSuffixStripper CANONICAL =
      new KazakhSuffixStripper(
          "aeoui",
          "aeo",
          "ui",
          "kpstfhcbvgd",
          "lrzjui",
          "mn",
          "",
          "",
          "bg",
          "pk",
          ScriptFoldingFilter::fold);

  private void define() {
    for (String s : new String[] {"лар", "лер"}) add(plurals, s, Rule.L);
    for (String s : new String[] {"дар", "дер"}) add(plurals, s, Rule.D_PLURAL);
    for (String s : new String[] {"тар", "тер"}) add(plurals, s, Rule.T);

    for (String s : new String[] {"ымыз", "іміз", "ыңыз", "іңіз", "ым", "ім", "ың", "ің"}) {
      add(possessives, s, Rule.AFTER_CONSONANT, false, s.length() == 2);
    }
    for (String s : new String[] {"ы", "і"}) add(possessives, s, Rule.AFTER_CONSONANT, true, false);
    for (String s : new String[] {"сы", "сі"}) add(possessives, s, Rule.AFTER_VOWEL, true, false);
    for (String s : new String[] {"мыз", "міз", "ңыз", "ңіз", "м"}) {
      add(possessives, s, Rule.AFTER_VOWEL);
    }

    for (String s : new String[] {"ның", "нің"}) add(cases, s, Rule.N_GENITIVE);
    for (String s : new String[] {"дың", "дің"}) add(cases, s, Rule.D_GENITIVE);
    for (String s :
        new String[] {"тың", "тің", "ты", "ті", "та", "те", "тан", "тен", "тағы", "тегі"}) {
      add(cases, s, Rule.T);
    }
    for (String s : new String[] {"ға", "ге"}) add(cases, s, Rule.G);
    for (String s : new String[] {"қа", "ке"}) add(cases, s, Rule.K);
    for (String s : new String[] {"н", "на", "не", "нда", "нде", "ндағы", "ндегі"}) {
      add(cases, s, Rule.AFTER_POSSESSIVE_3);
    }
    for (String s : new String[] {"а", "е"}) add(cases, s, Rule.AFTER_POSSESSIVE_12);
    for (String s : new String[] {"ны", "ні"}) add(cases, s, Rule.N_ACCUSATIVE);
    for (String s : new String[] {"ды", "ді"}) add(cases, s, Rule.D_ACCUSATIVE);
    for (String s : new String[] {"да", "де", "дағы", "дегі"}) add(cases, s, Rule.D_LOCATIVE);
    for (String s : new String[] {"дан", "ден"}) add(cases, s, Rule.D_ABLATIVE);
    for (String s : new String[] {"нан", "нен"}) add(cases, s, Rule.N_ABLATIVE);
    for (String s : new String[] {"мен", "менен"}) add(cases, s, Rule.M);
    for (String s : new String[] {"бен", "бенен"}) add(cases, s, Rule.B);
    for (String s : new String[] {"пен", "пенен"}) add(cases, s, Rule.P);

    for (String w : PROTECTED) protectedWords.add(spell.apply(w));
    for (String w : PROTECTED_ENDINGS) protectedEndings.add(spell.apply(w));
  }

  private void add(List<Suffix> list, String cyrillic, Rule rule) {
    add(list, cyrillic, rule, false, false);
  }

  private void add(List<Suffix> list, String cyrillic, Rule rule, boolean p3, boolean p12) {
    String text = spell.apply(cyrillic);
    for (Suffix s : list) {
      if (s.text.equals(text) && s.rule == rule) {
        return; // folding merged two spellings (ы/і -> i)
      }
    }
    list.add(new Suffix(text, rule, p3, p12));
  }

  /**
   * Returns the stem of {@code word}, or {@code word} itself when no valid suffix chain is found.
   */
  String stem(String word) {
    return stems(word).get(0);
  }

  /**
   * The stem of {@code word} ({@link #stem}) first, then the other readings, shortest first: the
   * stems of the other valid suffix chains that do not merely leave part of the stem's chain on
   * (including those the agentive rule refuses: ағашы is ағаш + -ы, оқушы is a lemma), a final б/г
   * left as written (клубы → клуб as well as клуп), and the word itself (a lemma that merely looks
   * inflected: бағдаршам, төлем, қабырға). No duplicates.
   */
  List<String> stems(String word) {
    List<String> out = new ArrayList<>(4);
    if (word.length() < 3 || protectedWords.contains(word)) {
      out.add(word);
      return out;
    }
    String best = word;
    Suffix bestFirst = null;
    int[] bestChain = null;
    java.util.TreeMap<Integer, List<String>> others = new java.util.TreeMap<>();
    for (Suffix c : options(cases, word)) {
      String r1 = cut(word, c);
      for (Suffix p : options(possessives, r1)) {
        String r2 = cut(r1, p);
        for (Suffix pl : options(plurals, r2)) {
          String stem = cut(r2, pl);
          if (c == null && p == null && pl == null) {
            continue;
          }
          Suffix first = pl != null ? pl : p != null ? p : c;
          if (stem.length() < best.length() && valid(word, stem, pl, p, c, true)) {
            if (bestFirst != null) {
              reading(others, best, bestFirst);
            }
            best = stem;
            bestFirst = first;
            bestChain = new int[] {stem.length() + len(pl), stem.length() + len(pl) + len(p)};
          } else if (valid(word, stem, pl, p, c, false)) {
            reading(others, stem, first);
          }
        }
      }
    }
    if (bestFirst == null) {
      out.add(word);
      for (List<String> l : others.values()) addAll(out, l);
      return out;
    }
    List<String> primary = new ArrayList<>(2);
    reading(primary, best, bestFirst);
    addAll(out, primary);
    for (List<String> l : others.values()) {
      for (String other : l) {
        // the stem's own chain stripped only in part (ауылдар of ауылдарымыздағы) reads nothing new
        if (other.length() != bestChain[0] && other.length() != bestChain[1]) {
          addAll(out, List.of(other));
        }
      }
    }
    addAll(out, List.of(word));
    return out;
  }

  private void reading(java.util.TreeMap<Integer, List<String>> into, String stem, Suffix first) {
    reading(into.computeIfAbsent(stem.length(), k -> new ArrayList<>()), stem, first);
  }

  /**
   * The stem read before {@code first}: a voiced б/г/ғ restored before a vowel, then as written.
   */
  private void reading(List<String> into, String stem, Suffix first) {
    if (isVowel(first.text.charAt(0))) {
      int i = alternationFrom.indexOf(stem.charAt(stem.length() - 1));
      if (i >= 0) {
        into.add(stem.substring(0, stem.length() - 1) + alternationTo.charAt(i));
      }
    }
    into.add(stem);
    if (isVowel(first.text.charAt(0)) && stem.length() >= 3) {
      // a stem that drops its last vowel before a vowel (мұрын → мұрны, ауыз → аузы, халық →
      // халқы, ерін → ерні): the vowel put back between the two final consonants
      char c1 = stem.charAt(stem.length() - 2);
      char c2 = stem.charAt(stem.length() - 1);
      boolean canonical = back.isEmpty();
      String dropping = canonical ? "nzkrlm" : "нзқкрлм";
      // у after a vowel is a consonant (ауз- of аузы)
      boolean consonant =
          !isVowel(c1) && semivowels.indexOf(c1) < 0
              || semivowels.indexOf(c1) >= 0 && isVowel(stem.charAt(stem.length() - 3));
      if (c1 != c2
          && consonant
          && dropping.indexOf(c2) >= 0
          && hasVowel(stem.substring(0, stem.length() - 2))) {
        char vowel = canonical ? 'i' : harmony(stem.charAt(stem.length() - 3)) > 0 ? 'ы' : 'і';
        for (int k = stem.length() - 3; k >= 0 && !canonical; k--) {
          int h = harmony(stem.charAt(k));
          if (h != 0) {
            vowel = h > 0 ? 'ы' : 'і';
            break;
          }
        }
        into.add(stem.substring(0, stem.length() - 1) + vowel + c2);
      }
    }
  }

  private static void addAll(List<String> out, List<String> more) {
    for (String s : more) {
      if (!out.contains(s)) {
        out.add(s);
      }
    }
  }

  private static List<Suffix> options(List<Suffix> list, String s) {
    List<Suffix> out = new ArrayList<>();
    out.add(null);
    for (Suffix x : list) {
      if (s.length() > x.text.length() && s.endsWith(x.text)) {
        out.add(x);
      }
    }
    return out;
  }

  private static int len(Suffix x) {
    return x == null ? 0 : x.text.length();
  }

  private static String cut(String s, Suffix x) {
    return x == null ? s : s.substring(0, s.length() - x.text.length());
  }

  private boolean valid(
      String word, String stem, Suffix plural, Suffix poss, Suffix kase, boolean strict) {
    if (stem.length() < 2 || !hasVowel(stem)) {
      return false;
    }
    for (int len = stem.length() + 1; len <= word.length(); len++) {
      if (protectedWords.contains(word.substring(0, len))) {
        return false;
      }
    }
    for (String e : protectedEndings) {
      int at = word.lastIndexOf(e);
      if (at >= 0 && stem.length() < at + e.length()) {
        return false;
      }
    }
    if (plural == null && poss != null && poss.text.length() == 1) {
      // a bare one-letter possessive: шам is not ша + -м, and the agentive -шы/-ші (оқушы,
      // жұмысшы, жүргізуші) is not -ш + the 3rd-person -ы/-і
      if (!poss.possessive3 && letters(stem) < 3 && kase == null) {
        return false;
      }
      if (strict && poss.possessive3 && (stem.endsWith("ш") || stem.endsWith("sh"))) {
        return false;
      }
    }
    String before = stem;
    if (plural != null) {
      if (!fits(before, plural, null, strict)) return false;
      before += plural.text;
    }
    if (poss != null) {
      if (!fits(before, poss, null, strict)) return false;
      before += poss.text;
    }
    return kase == null || fits(before, kase, poss, strict);
  }

  /** Letters of a stem: the canonical digraphs sh and ch stand for one letter (ш, ч). */
  private static int letters(String stem) {
    int n = stem.length();
    for (int i = 0; i + 1 < stem.length(); i++) {
      if ((stem.charAt(i) == 's' || stem.charAt(i) == 'c') && stem.charAt(i + 1) == 'h') {
        n--;
      }
    }
    return n;
  }

  private boolean fits(String before, Suffix s, Suffix poss, boolean strict) {
    char c = before.charAt(before.length() - 1);
    boolean vowel = isVowel(c);
    boolean ok =
        switch (s.rule) {
          case L -> vowel || c == 'р' || c == 'r' || semivowels.indexOf(c) >= 0;
          case D_PLURAL -> "лмнңзжlmnzj".indexOf(c) >= 0;
          case D_GENITIVE -> voiced.indexOf(c) >= 0;
          case D_ACCUSATIVE -> voiced.indexOf(c) >= 0 || nasals.indexOf(c) >= 0;
          case D_LOCATIVE, G -> voiceless.indexOf(c) < 0;
          case D_ABLATIVE -> vowel || voiced.indexOf(c) >= 0;
          case T, K, P -> voiceless.indexOf(c) >= 0;
          case N_GENITIVE -> vowel || nasals.indexOf(c) >= 0;
          // телефоны, стадионы: -ы after a lemma in -он, not -ны after one in -о (rare: радио)
          case N_ACCUSATIVE -> vowel && c != 'о' && c != 'o';
          case N_ABLATIVE -> vowel || nasals.indexOf(c) >= 0;
          case AFTER_POSSESSIVE_3 -> poss != null && poss.possessive3;
          case AFTER_POSSESSIVE_12 -> poss != null && poss.possessive12;
          case M -> vowel || voiced.indexOf(c) >= 0 || nasals.indexOf(c) >= 0;
          case B -> "зжzj".indexOf(c) >= 0;
          case AFTER_CONSONANT -> !vowel || semivowels.indexOf(c) >= 0;
          // ы folds to the i of й and и too, у to the u of у: after a protected -ақы it is a vowel
          // (жалақысы); other readings take it as one (жылқысы)
          case AFTER_VOWEL ->
              fullVowels.indexOf(c) >= 0 || endsProtected(before) || (!strict && isVowel(c));
        };
    // the instrumental -мен/-бен/-пен does not follow vowel harmony
    boolean invariant = s.rule == Rule.M || s.rule == Rule.B || s.rule == Rule.P;
    return ok && (invariant || harmonious(before, s.text));
  }

  private boolean endsProtected(String s) {
    for (String e : protectedEndings) {
      if (s.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  private boolean isVowel(char c) {
    return vowels.indexOf(c) >= 0;
  }

  private boolean hasVowel(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isVowel(c) || semivowels.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Vowel harmony: a back suffix after a front stem (or the reverse) is not a suffix. */
  private boolean harmonious(String before, String suffix) {
    if (back.isEmpty()) {
      return true;
    }
    int suffixClass = 0;
    for (int i = 0; i < suffix.length() && suffixClass == 0; i++) {
      suffixClass = harmony(suffix.charAt(i));
    }
    if (suffixClass == 0) {
      return true;
    }
    int stemClass = 0;
    for (int i = before.length() - 1; i >= 0 && stemClass == 0; i--) {
      stemClass = harmony(before.charAt(i));
    }
    return stemClass == 0 || stemClass == suffixClass;
  }

  private int harmony(char c) {
    return back.indexOf(c) >= 0 ? 1 : front.indexOf(c) >= 0 ? -1 : 0;
  }
}
