package kz.kenes.search.corpus;

import java.util.ArrayList;
import java.util.List;

/** Russian endings for the benchmark corpus: nouns by their ending, adjectives, verbs. */
final class RussianMorphology {

  private RussianMorphology() {}

  private static String stem(String w, int cut) {
    return w.substring(0, w.length() - cut);
  }

  /** After к г х ж ш ч щ Russian writes и, not ы. */
  private static String y(String stem) {
    return "кгхжшчщ".indexOf(stem.charAt(stem.length() - 1)) >= 0 ? "и" : "ы";
  }

  static List<String> nounForms(String w) {
    List<String> f = new ArrayList<>(12);
    f.add(w);
    if (w.endsWith("ия")) {
      String s = stem(w, 2);
      for (String e : new String[] {"ии", "ию", "ией", "ий", "иям", "иями", "иях"}) {
        f.add(s + e);
      }
    } else if (w.endsWith("а")) {
      String s = stem(w, 1);
      for (String e : new String[] {y(s), "е", "у", "ой", "ам", "ами", "ах"}) {
        f.add(s + e);
      }
      f.add(s);
    } else if (w.endsWith("я")) {
      String s = stem(w, 1);
      for (String e : new String[] {"и", "е", "ю", "ей", "ям", "ями", "ях"}) {
        f.add(s + e);
      }
    } else if (w.endsWith("о") || w.endsWith("е")) {
      String s = stem(w, 1);
      for (String e : new String[] {"а", "у", "ом", "ами", "ах"}) {
        f.add(s + e);
      }
    } else if (w.endsWith("ь")) {
      String s = stem(w, 1);
      for (String e : new String[] {"и", "ью", "ей", "ям", "ями", "ях"}) {
        f.add(s + e);
      }
    } else if (w.endsWith("й")) {
      String s = stem(w, 1);
      for (String e : new String[] {"я", "ю", "ем", "е", "и", "ев", "ям"}) {
        f.add(s + e);
      }
    } else {
      for (String e : new String[] {"а", "у", "ом", "е", y(w), "ов", "ам", "ами", "ах"}) {
        f.add(w + e);
      }
    }
    return f;
  }

  static List<String> adjectiveForms(String w) {
    String s = stem(w, 2);
    String[] e =
        w.endsWith("ий") && "кгхжшчщ".indexOf(s.charAt(s.length() - 1)) < 0
            ? new String[] {
              "ий", "его", "ему", "им", "ем", "яя", "ей", "юю", "ее", "ие", "их", "ими"
            }
            : new String[] {
              w.substring(w.length() - 2),
              "ого",
              "ому",
              y(s) + "м",
              "ом",
              "ая",
              "ой",
              "ую",
              "ое",
              y(s) + "е",
              y(s) + "х",
              y(s) + "ми"
            };
    List<String> f = new ArrayList<>(e.length);
    for (String x : e) {
      f.add(s + x);
    }
    return f;
  }

  static List<String> verbForms(String w) {
    String s = stem(w, 3);
    String v = w.substring(w.length() - 3, w.length() - 2);
    List<String> f = new ArrayList<>(10);
    f.add(w);
    f.add(s + v + "л");
    f.add(s + v + "ла");
    f.add(s + v + "ли");
    if (v.equals("и")) {
      f.add(s + "ит");
      f.add(s + "ят");
      f.add(s + "им");
      f.add(s + "ите");
    } else {
      f.add(s + v + "ет");
      f.add(s + v + "ют");
      f.add(s + v + "ем");
      f.add(s + v + "йте");
    }
    return f;
  }
}
