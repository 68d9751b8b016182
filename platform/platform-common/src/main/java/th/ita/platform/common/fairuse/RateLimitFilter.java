package th.ita.platform.common.fairuse;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Applies {@link RateLimited}: the caller is the token's subject, or the client address for an
 * anonymous reader of a public document. A refused call answers 429 with {@code Retry-After}.
 */
@Provider
@RateLimited("")
@Singleton
public class RateLimitFilter implements ContainerRequestFilter {

  private final RateLimiter limiter;
  private final Config config;
  private final SecurityIdentity identity;

  @Context ResourceInfo resource;
  @Context HttpServerRequest request;

  public RateLimitFilter(Clock clock, Config config, SecurityIdentity identity) {
    this.limiter = new RateLimiter(clock);
    this.config = config;
    this.identity = identity;
  }

  @Override
  public void filter(ContainerRequestContext context) {
    String group = group();
    int perMinute =
        config
            .getOptionalValue("ita.rate-limit." + group + ".per-minute", Integer.class)
            .orElseGet(
                () ->
                    config
                        .getOptionalValue("ita.rate-limit.default.per-minute", Integer.class)
                        .orElse(0));
    Optional<Duration> wait = limiter.acquire(group + "|" + caller(), perMinute);
    if (wait.isPresent()) {
      throw new TooManyRequestsException(
          "At most "
              + perMinute
              + " "
              + group
              + " requests a minute are allowed"
              + " per caller (ita.rate-limit."
              + group
              + ".per-minute); try again later",
          wait.get());
    }
  }

  @Scheduled(every = "5m", identity = "rate-limit-cleanup")
  void forgetIdleCallers() {
    limiter.forgetIdle(Duration.ofMinutes(5));
  }

  private String group() {
    RateLimited onMethod = resource.getResourceMethod().getAnnotation(RateLimited.class);
    RateLimited onClass = resource.getResourceClass().getAnnotation(RateLimited.class);
    return onMethod != null ? onMethod.value() : onClass != null ? onClass.value() : "default";
  }

  private String caller() {
    if (identity != null && !identity.isAnonymous()) {
      return identity.getPrincipal().getName();
    }
    return request == null || request.remoteAddress() == null
        ? "anonymous"
        : "address " + request.remoteAddress().hostAddress();
  }
}
