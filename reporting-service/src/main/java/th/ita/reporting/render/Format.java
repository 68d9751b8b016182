package th.ita.reporting.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The formats a report is published in, with their media types and file extensions, and the content
 * negotiation every report endpoint shares.
 *
 * <p>Negotiation rules (see {@link #fromRequest(String, List, Set, Format)}):
 *
 * <ol>
 *   <li>a {@code format} query parameter wins, because a download link must not depend on the
 *       browser's Accept header; an unknown or unsupported value is a 400;
 *   <li>otherwise the Accept header, by quality then by order, first match wins; {@code type/*}
 *       picks the first supported format of that type in the order of this enum;
 *   <li>no Accept header, or only {@code *}{@code /*}: the default, HTML unless the caller says
 *       otherwise; browsers send {@code text/html} first anyway;
 *   <li>an Accept header that names nothing supported: 406.
 * </ol>
 */
public enum Format {
  HTML("text/html", "html", true),
  PDF("application/pdf", "pdf", false),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false),
  CSV("text/csv", "csv", true),
  /** Listed for negotiation only: callers serialise their own data records as JSON. */
  JSON("application/json", "json", true);

  private final String mediaType;
  private final String extension;
  private final boolean text;

  Format(String mediaType, String extension, boolean text) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.text = text;
  }

  /** Bare media type, e.g. {@code text/csv}. */
  public String mediaType() {
    return mediaType;
  }

  /** Content-Type header value; text formats are always UTF-8 (Thai). */
  public String contentType() {
    return text ? mediaType + ";charset=UTF-8" : mediaType;
  }

  public String extension() {
    return extension;
  }

  /** True for formats sent as UTF-8 text (HTML, CSV, JSON); the rest are binary files. */
  public boolean text() {
    return text;
  }

  /**
   * Content-Disposition for a download. Thai file names need RFC 6266/5987 {@code filename*}; the
   * plain {@code filename} keeps only ASCII for old clients.
   *
   * @param baseName file name without extension, may be Thai
   */
  public String attachment(String baseName) {
    String name = baseName + "." + extension;
    String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(name);
  }

  /** Negotiate among every format, defaulting to HTML. */
  public static Format fromRequest(String formatParam, List<String> acceptHeaders) {
    return fromRequest(formatParam, acceptHeaders, EnumSet.allOf(Format.class), HTML);
  }

  /**
   * Negotiate among the formats an endpoint offers.
   *
   * @param formatParam value of the {@code format} query parameter, or null/blank
   * @param acceptHeaders raw Accept header values (each may list several ranges with q-values);
   *     null or empty means "anything"
   * @param supported formats the endpoint can produce
   * @param defaultFormat used when the client accepts anything; must be supported
   * @throws UnsupportedFormatException 400 for a bad parameter, 406 for an unmatched Accept
   */
  public static Format fromRequest(
      String formatParam, List<String> acceptHeaders, Set<Format> supported, Format defaultFormat) {
    if (!supported.contains(defaultFormat)) {
      throw new IllegalArgumentException("default " + defaultFormat + " is not among " + supported);
    }
    if (formatParam != null && !formatParam.isBlank()) {
      return fromParameter(formatParam.trim(), supported);
    }
    List<MediaRange> ranges = MediaRange.parse(acceptHeaders);
    if (ranges.isEmpty()) {
      return defaultFormat;
    }
    for (MediaRange range : ranges) {
      if (range.quality() <= 0) {
        continue;
      }
      if (range.isWildcard()) {
        return defaultFormat;
      }
      for (Format f : values()) {
        if (supported.contains(f) && range.matches(f.mediaType)) {
          return f;
        }
      }
    }
    throw new UnsupportedFormatException(false, String.join(", ", acceptHeaders), supported);
  }

  private static Format fromParameter(String value, Set<Format> supported) {
    for (Format f : values()) {
      if (f.extension.equalsIgnoreCase(value) && supported.contains(f)) {
        return f;
      }
    }
    throw new UnsupportedFormatException(true, value, supported);
  }

  private static String rfc5987(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }

  /** One range of an Accept header, e.g. {@code text/*;q=0.8}. */
  record MediaRange(String type, String subtype, double quality, int order) {

    static List<MediaRange> parse(Collection<String> headers) {
      List<MediaRange> ranges = new ArrayList<>();
      if (headers == null) {
        return ranges;
      }
      for (String header : headers) {
        if (header == null) {
          continue;
        }
        for (String part : header.split(",")) {
          MediaRange r = parseOne(part.trim(), ranges.size());
          if (r != null) {
            ranges.add(r);
          }
        }
      }
      // Stable: equal qualities keep the client's order.
      ranges.sort(Comparator.comparingDouble(MediaRange::quality).reversed());
      return ranges;
    }

    private static MediaRange parseOne(String text, int order) {
      if (text.isEmpty()) {
        return null;
      }
      String[] params = text.split(";");
      String[] typeAndSub = params[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
      String type = typeAndSub[0];
      String sub = typeAndSub.length > 1 ? typeAndSub[1] : "*";
      double q = 1.0;
      for (int i = 1; i < params.length; i++) {
        String[] kv = params[i].trim().split("=", 2);
        if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("q")) {
          try {
            q = Double.parseDouble(kv[1].trim());
          } catch (NumberFormatException e) {
            q = 0; // a broken q-value is read as "not acceptable" rather than failing the request
          }
        }
      }
      return new MediaRange(type, sub, q, order);
    }

    boolean isWildcard() {
      return type.equals("*");
    }

    boolean matches(String mediaType) {
      String[] ts = mediaType.split("/", 2);
      return type.equals(ts[0]) && (subtype.equals("*") || subtype.equals(ts[1]));
    }
  }

  /** Lower-case extensions, for error messages. */
  static String names(Set<Format> formats) {
    return Arrays.stream(values())
        .filter(formats::contains)
        .map(Format::extension)
        .collect(Collectors.joining(", "));
  }
}
