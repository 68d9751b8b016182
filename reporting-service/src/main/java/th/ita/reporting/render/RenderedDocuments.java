package th.ita.reporting.render;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered documents, kept by what they were rendered from: the same document in the same format is
 * rendered once, and served from memory until the cache needs the room.
 *
 * <p>The key is a SHA-256 of the format and of the whole {@link ReportDocument}, written as JSON
 * with each block's and cell's type: exactly the renderer's input, so a changed plan, result,
 * setting, language or layout is a new key without any list of versions to keep in step. Building
 * and hashing the document costs a small part of rendering it to PDF. The key is also the ETag.
 */
@Singleton
public class RenderedDocuments {

  /** A rendered document and its ETag value (without quotes). */
  public record Rendered(String tag, byte[] bytes) {}

  private final ReportRenderers renderers;
  private final ObjectMapper keys;
  private final Cache<String, byte[]> rendered;
  private final long largestKept;

  public RenderedDocuments(
      ReportRenderers renderers,
      @ConfigProperty(name = "ita.documents.cache-size", defaultValue = "64M") MemorySize size) {
    this.renderers = renderers;
    this.keys =
        JsonMapper.builder()
            .addMixIn(Block.class, Typed.class)
            .addMixIn(Cell.class, Typed.class)
            .build();
    // One document may take at most an eighth of the room, so a national export cannot push out
    // every agency's documents at once.
    this.largestKept = size.asLongValue() / 8;
    this.rendered =
        Caffeine.newBuilder()
            .maximumWeight(size.asLongValue())
            .<String, byte[]>weigher((key, bytes) -> bytes.length)
            .build();
  }

  /**
   * Written with its concrete type, so two kinds of block with the same fields never share a key.
   */
  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME)
  private interface Typed {}

  public Rendered render(ReportDocument document, Format format) {
    return render(document, format, false);
  }

  /**
   * @param anew render even when the same document is kept (and keep the new rendering): for a
   *     client that asks for a fresh copy, and for measuring what a rendering costs
   */
  public Rendered render(ReportDocument document, Format format, boolean anew) {
    String tag = key(document, format);
    byte[] cached = anew ? null : rendered.getIfPresent(tag);
    if (cached != null) {
      return new Rendered(tag, cached);
    }
    byte[] bytes = renderers.render(document, format);
    if (bytes.length <= largestKept) {
      rendered.put(tag, bytes);
    }
    return new Rendered(tag, bytes);
  }

  String key(ReportDocument document, Format format) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(format.name().getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) 0);
      sha256.update(keys.writeValueAsBytes(document));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException("A document could not be keyed for the cache", e);
    }
  }
}
