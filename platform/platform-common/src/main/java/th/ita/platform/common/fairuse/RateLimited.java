package th.ita.platform.common.fairuse;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an expensive endpoint (a rendered document, a dashboard, a national ranking): each caller
 * may call the endpoints of one group {@code ita.rate-limit.<group>.per-minute} times a minute.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {

  /** The group whose allowance the call takes from, e.g. {@code documents}. */
  String value();
}
