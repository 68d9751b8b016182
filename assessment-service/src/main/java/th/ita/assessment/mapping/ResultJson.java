package th.ita.assessment.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import th.ita.assessment.domain.Agency;
import th.ita.assessment.domain.AssessmentResult;
import th.ita.assessment.domain.ResultInput;
import th.ita.assessment.domain.Scorecard;
import th.ita.assessment.domain.Standing;
import th.ita.assessment.rest.view.ResultView;

/**
 * A published result's JSON as bytes: rendered once from its scorecard (with the same mapper and
 * the same {@link ObjectMapper} the API answers with, so the bytes are those a GET would have
 * written), and completed with its ranks for each GET.
 */
@ApplicationScoped
public class ResultJson {

  /** A result's JSON without ranks, and where they go into it: see {@link #withRanks}. */
  public record Rendered(byte[] view, int ranksAt) {}

  /** A result's body and the ETag that names exactly these bytes. */
  public record Representation(byte[] body, String etag) {}

  private static final byte[] RANKS = "\"ranks\":".getBytes(StandardCharsets.US_ASCII);

  /** Ranks of no agency, only to find where the mapper writes ranks. */
  private static final ResultView.Ranks PLACEHOLDER =
      new ResultView.Ranks(0, 0, 0, 0, null, null, BigDecimal.ZERO);

  private final ResultMapper mapper;
  private final ObjectMapper json;

  public ResultJson(ResultMapper mapper, ObjectMapper json) {
    this.mapper = mapper;
    this.json = json;
  }

  /**
   * The result's JSON without ranks, as the API writes it, and the offset in it where the ranks are
   * written when there are some: found by writing the view once more with ranks, wherever the
   * mapper's property order puts them (today, alphabetically, between questions and respondents).
   */
  public Rendered render(
      Agency agency, AssessmentResult result, ResultInput input, Scorecard card) {
    ResultView view = mapper.toView(agency, result, input, card);
    byte[] without = write(view);
    byte[] with = write(view.withRanks(PLACEHOLDER));
    byte[] ranks = concat(RANKS, write(PLACEHOLDER));
    int at = indexOf(with, ranks);
    if (at < 0 || with.length != without.length + ranks.length + 1) {
      throw new IllegalStateException("The ranks of a result view cannot be placed");
    }
    // Followed by another property, the ranks are written with a comma after them; as the last
    // one, with a comma before them, at the closing brace.
    return new Rendered(without, with[at + ranks.length] == ',' ? at : at - 1);
  }

  /**
   * The ETag of a stored view: the revision's row version (so that it still reads as the version an
   * If-Match names) and a digest of the bytes, which also change when the agency is renamed.
   */
  public static String etag(long version, byte[] view) {
    return version + "-" + digest(view);
  }

  /**
   * The stored view with the ranks shown beside it, and an ETag that covers both: the same view
   * with other ranks is another representation. The bytes equal those of the view with its ranks
   * written whole. Without ranks (an interim round, a result without an overall score) the stored
   * bytes and their ETag are the representation.
   */
  public Representation withRanks(byte[] view, int ranksAt, String etag, Standing standing) {
    if (standing == null) {
      return new Representation(view, etag);
    }
    byte[] ranks = write(BenchmarkMapper.toRanks(standing));
    boolean last = view[ranksAt] == '}';
    byte[] inserted =
        last
            ? concat(new byte[] {','}, concat(RANKS, ranks))
            : concat(concat(RANKS, ranks), new byte[] {','});
    byte[] body = new byte[view.length + inserted.length];
    System.arraycopy(view, 0, body, 0, ranksAt);
    System.arraycopy(inserted, 0, body, ranksAt, inserted.length);
    System.arraycopy(view, ranksAt, body, ranksAt + inserted.length, view.length - ranksAt);
    return new Representation(body, etag + "-" + digest(ranks));
  }

  private byte[] write(Object value) {
    try {
      return json.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i <= bytes.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String digest(byte[] bytes) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(sha, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
