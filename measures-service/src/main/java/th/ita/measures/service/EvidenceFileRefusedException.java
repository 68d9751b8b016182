package th.ita.measures.service;

/**
 * A file the platform will not keep, for a reason HTTP has its own answer for: too large (413), or
 * not a kind it keeps, or not what it claims to be (415). Nothing of the upload is stored.
 */
public class EvidenceFileRefusedException extends RuntimeException {

  /** Why the file is refused. */
  public enum Reason {
    TOO_LARGE,
    UNSUPPORTED_TYPE
  }

  private final Reason reason;
  private final String fileName;

  public EvidenceFileRefusedException(Reason reason, String fileName, String detail) {
    super(detail);
    this.reason = reason;
    this.fileName = fileName;
  }

  public Reason reason() {
    return reason;
  }

  /** The refused file's name, as it was uploaded. */
  public String fileName() {
    return fileName;
  }
}
