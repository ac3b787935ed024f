package dev.profilekit.render.markdown.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page says whose it is. A page title such as "About" or "Über mich" names the page, not
 * the person; "I'm Tove Almqvist" or an H1 that is a name names the person.
 */
final class PersonNames {
  /** Titles of pages, in the languages about pages are commonly written in; compared folded. */
  private static final Set<String> GENERIC =
      folded(
          "about", "about me", "about us", "about myself", "me", "who am i", "whoami", "bio", "biography", "short bio",
          "profile", "my profile", "cv", "c.v.", "curriculum vitae", "resume", "my cv", "my resume", "links",
          "my links", "contact", "contact me", "contacts", "get in touch", "home", "homepage", "home page",
          "welcome", "hello", "hi", "hi there", "hello world", "index", "readme", "now", "portfolio", "projects",
          "publications", "research", "teaching", "talks", "blog", "posts", "news", "elsewhere", "social",
          "über mich", "ueber mich", "uber mich", "über", "lebenslauf", "kontakt", "startseite", "willkommen",
          "à propos", "a propos", "à propos de moi", "qui suis-je", "accueil", "bienvenue", "contactez-moi",
          "sobre mí", "sobre mi", "acerca de", "acerca de mí", "sobre mim", "chi sono", "su di me", "contatti",
          "over mij", "om mig", "om meg", "o mnie", "o mně", "o mne", "životopis", "kontakty",
          "обо мне", "о себе", "обо мне и контакты", "резюме", "контакты", "главная", "привет", "профиль",
          "关于", "关于我", "简历", "个人简介", "联系", "自己紹介", "プロフィール", "について", "経歴", "소개",
          "자기소개", "이력서", "연락처");
  /** Words a heading of two or more capitalised words can have and still not be a name. */
  private static final Set<String> NOT_NAME_WORDS =
      words(
          "about", "me", "my", "welcome", "hello", "hi", "home", "page", "site", "blog", "contact", "links",
          "projects", "project", "notes", "work", "experience", "education", "skills", "resume", "cv", "the",
          "and", "of", "for", "to", "in", "on", "with", "at", "from", "by", "a", "an", "is", "who", "what", "why",
          "how", "where", "am", "i", "publications", "research", "teaching", "talks", "news", "portfolio",
          "selected", "recent", "current", "open", "source", "software", "data", "science", "engineering",
          // what people say they are, capitalised as titles are: "I am Senior Engineer at …"
          "senior", "junior", "lead", "principal", "staff", "chief", "head", "engineer", "developer", "designer",
          "scientist", "researcher", "student", "professor", "doctor", "dr", "manager", "director", "founder",
          "co-founder", "machine", "learning", "product", "web", "full", "stack", "backend", "frontend", "phd",
          "ph.d", "candidate", "postdoc", "assistant", "associate", "consultant", "freelance", "freelancer",
          "architect", "analyst", "writer", "artist", "based", "currently", "working", "passionate", "also",
          "here", "now", "new", "welcome", "thanks", "thank", "you", "your", "our", "we", "this", "that",
          "interests", "hobbies", "awards", "talks", "teaching", "team", "company", "university", "lab",
          "group", "institute", "school", "college", "department", "city", "street");
  /** A capitalised word, or an initial ("J."). */
  private static final String WORD = "\\p{Lu}(?:\\.|\\p{L}*(?:['’-]\\p{L}+)*)";
  private static final String NAME =
      "(" + WORD + "(?:[ \\u00A0]+(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos|bin|al)[ \\u00A0]+)*" + WORD + "){1,3})";
  private static final Pattern SAYS_NAME =
      Pattern.compile(
          "(?iu:\\bmy name is|\\bI am|\\bI['’]m|\\bich bin|\\bich heiße|\\bmein name ist|\\bje suis|\\bje m['’]appelle|\\bme llamo|\\bsoy|\\bmi chiamo|\\bsono|меня зовут)"
              + "[ \\u00A0]+(?:\\*\\*|__|\\*|_|\\[)?" + NAME);
  private static final Pattern NAME_ONLY = Pattern.compile(NAME);
  private static final int PARAGRAPHS_LOOKED_AT = 3;

  private PersonNames() {}

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.List.of(words));
  }

  private static Set<String> folded(String... titles) {
    return Set.copyOf(java.util.Arrays.stream(titles).map(PersonNames::fold).toList());
  }

  /** Whether a page title names the page ("About", "CV", "Обо мне"…) rather than a person. */
  static boolean isGeneric(String title) {
    return GENERIC.contains(fold(title));
  }

  /** A name the text says in its first paragraphs: "My name is …", "I'm …", "Ich bin …"… */
  static Optional<String> saidIn(String markdown) {
    String[] paragraphs = markdown.split("\\n\\s*\\n", PARAGRAPHS_LOOKED_AT + 1);
    for (int i = 0; i < Math.min(paragraphs.length, PARAGRAPHS_LOOKED_AT); i++) {
      Matcher m = SAYS_NAME.matcher(paragraphs[i]);
      while (m.find()) {
        // The name's capitals are looked at case-sensitively: "I am a data scientist" is no name.
        String name = m.group(1).strip().replaceAll("[.’']+$", "");
        if (NAME_ONLY.matcher(name).matches() && looksLikeName(name)) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a heading is a person's name: two to four capitalised words, none of them a common word. */
  static boolean isName(String heading) {
    String text = Escaping.unescape(heading).strip();
    return NAME_ONLY.matcher(text).matches() && looksLikeName(text) && !isGeneric(text);
  }

  private static boolean looksLikeName(String name) {
    String[] words = name.split("[ \\u00A0]+");
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    for (String word : words) {
      if (NOT_NAME_WORDS.contains(word.toLowerCase(Locale.ROOT)) || word.chars().filter(Character::isUpperCase).count() > 2) {
        return false;
      }
    }
    return true;
  }

  private static String fold(String title) {
    // Without accents, so that "Resume" and "Résumé", "A propos" and "À propos" are one title.
    String text = Normalizer.normalize(Escaping.unescape(title), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .strip().toLowerCase(Locale.ROOT);
    return text.replaceAll("[\\s\\u00A0]+", " ").replaceAll("[\\s:!.?]+$", "").replaceAll("^[#\\s]+", "");
  }
}
