package se.samsyn.benchmark.dataset;

import java.util.List;
import java.util.SplittableRandom;

/** Common Swedish names, so that a name search finds several people, as it would in real life. */
final class Names {

  private static final List<String> FEMALE =
      List.of(
          "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kerstin", "Emma", "Ingrid", "Marie",
          "Malin", "Jenny", "Sofia", "Hanna", "Linda", "Annika", "Elin", "Susanne", "Ida",
          "Johanna", "Camilla", "Julia", "Amanda", "Fatima", "Leila", "Amina", "Nour", "Elsa",
          "Maja", "Alice");

  private static final List<String> MALE =
      List.of(
          "Lars",
          "Mikael",
          "Anders",
          "Johan",
          "Erik",
          "Per",
          "Karl",
          "Peter",
          "Thomas",
          "Jan",
          "Daniel",
          "Fredrik",
          "Hans",
          "Mattias",
          "Andreas",
          "Stefan",
          "Marcus",
          "Magnus",
          "Jonas",
          "Niklas",
          "Oskar",
          "Ali",
          "Mohammed",
          "Ahmed",
          "Yusuf",
          "Omar",
          "Emil",
          "Viktor",
          "Hugo",
          "Liam");

  private static final List<String> LAST =
      List.of(
          "Andersson",
          "Johansson",
          "Karlsson",
          "Nilsson",
          "Eriksson",
          "Larsson",
          "Olsson",
          "Persson",
          "Svensson",
          "Gustafsson",
          "Pettersson",
          "Jonsson",
          "Jansson",
          "Hansson",
          "Bengtsson",
          "Jönsson",
          "Lindberg",
          "Jakobsson",
          "Magnusson",
          "Olofsson",
          "Lindström",
          "Lindqvist",
          "Lindgren",
          "Axelsson",
          "Berg",
          "Bergström",
          "Lundberg",
          "Lind",
          "Lundgren",
          "Lundqvist",
          "Mattsson",
          "Berglund",
          "Fredriksson",
          "Sandberg",
          "Henriksson",
          "Ali",
          "Mohammed",
          "Hassan",
          "Yilmaz",
          "Ahmed",
          "Öberg",
          "Åberg",
          "Ström",
          "Holm",
          "Sjöberg",
          "Wallin",
          "Engström",
          "Eklund",
          "Danielsson",
          "Lundin");

  private Names() {}

  static String first(SplittableRandom random, boolean male) {
    List<String> names = male ? MALE : FEMALE;
    return names.get(random.nextInt(names.size()));
  }

  static String last(SplittableRandom random) {
    return LAST.get(random.nextInt(LAST.size()));
  }
}
