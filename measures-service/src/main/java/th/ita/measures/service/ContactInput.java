package th.ita.measures.service;

/** One contact as a client sends it in a list of an agency's or a ministry's contacts. */
public interface ContactInput {

  String name();

  String email();

  /** {@code th} unless the client chose {@code en}. */
  String languageOrDefault();
}
