package th.ita.platform.common.outbox;

/**
 * The size of an event as a Kafka record: the key, the data and the CloudEvent headers. The relay
 * adds the headers it always adds ({@code ce_specversion}, {@code ce_id}, {@code ce_source}, {@code
 * ce_time}, {@code content-type}); {@link #HEADER_ALLOWANCE} covers them and the record's own
 * framing, so an event within the limit is a record within the topics' limit.
 */
final class EventSize {

  static final int HEADER_ALLOWANCE = 512;

  private EventSize() {}

  static long of(String key, String type, String subject, String payload) {
    return utf8(key) + utf8(type) + utf8(subject) + utf8(payload) + HEADER_ALLOWANCE;
  }

  /** The bytes an optional attribute adds, such as {@code ce_dataschema}: its name and value. */
  static long of(String attribute) {
    return attribute == null ? 0 : "ce_dataschema".length() + utf8(attribute);
  }

  private static long utf8(String s) {
    if (s == null) {
      return 0;
    }
    // Counted without encoding: a national import writes thousands of events a minute.
    long bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
