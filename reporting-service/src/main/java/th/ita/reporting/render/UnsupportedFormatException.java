package th.ita.reporting.render;

import java.util.Set;

/**
 * No format fits the request. Callers map it to 400 when the {@code format} query parameter was
 * wrong (the client asked for something specific and invalid) and to 406 when only the Accept
 * header failed to match; {@link #httpStatus()} says which.
 */
public class UnsupportedFormatException extends RuntimeException {

  private final boolean fromParameter;
  private final Set<Format> supported;

  public UnsupportedFormatException(
      boolean fromParameter, String requested, Set<Format> supported) {
    super(
        (fromParameter ? "Unsupported format '" : "None of the accepted media types '")
            + requested
            + (fromParameter ? "'" : "' can be produced")
            + "; supported: "
            + Format.names(supported));
    this.fromParameter = fromParameter;
    this.supported = Set.copyOf(supported);
  }

  /** True when the {@code format} query parameter was the problem. */
  public boolean fromParameter() {
    return fromParameter;
  }

  public Set<Format> supported() {
    return supported;
  }

  /** 400 for a bad {@code format} parameter, 406 for an Accept header nothing matches. */
  public int httpStatus() {
    return fromParameter ? 400 : 406;
  }
}
