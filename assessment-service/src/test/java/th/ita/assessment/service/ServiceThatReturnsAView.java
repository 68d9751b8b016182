package th.ita.assessment.service;

import th.ita.assessment.rest.view.ResultView;

/**
 * What the layer rules forbid, for {@code ArchitectureTest} to show that they do: a service
 * returning an API view.
 */
public final class ServiceThatReturnsAView {

  private ServiceThatReturnsAView() {}

  public static ResultView view() {
    return null;
  }
}
