package th.ita.measures.service;

import th.ita.measures.rest.view.PlanViews.MeasureView;

/**
 * Breaks the layer rules on purpose: a service that returns the API's view (see ArchitectureTest).
 */
class ServiceReturningAView {

  MeasureView measure() {
    return MeasureView.builder().build();
  }
}
