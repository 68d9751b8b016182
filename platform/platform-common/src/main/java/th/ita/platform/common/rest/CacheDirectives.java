package th.ita.platform.common.rest;

import java.util.Arrays;

/** What a request's {@code Cache-Control} asks of the answers a service keeps. */
public final class CacheDirectives {

  private CacheDirectives() {}

  /**
   * Whether the request asks for an answer made anew ({@code no-cache}, RFC 9111 §5.2.1.4): a kept
   * answer is then not used, though the one made anew may be kept for the next request.
   */
  public static boolean noCache(String cacheControl) {
    return cacheControl != null
        && Arrays.stream(cacheControl.split(","))
            .anyMatch(directive -> directive.trim().equalsIgnoreCase("no-cache"));
  }
}
