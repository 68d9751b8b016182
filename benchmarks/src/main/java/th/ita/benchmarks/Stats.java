package th.ita.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians: these machines are noisy, and a median of several runs is what the report quotes. */
final class Stats {

  private Stats() {}

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The nearest-rank percentile of ascending {@code sorted} values. */
  static double percentile(List<Double> sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  interface Timed {
    void run() throws Exception;
  }

  /**
   * The median wall time of {@code times} calls, in milliseconds, after {@code warmup} untimed
   * ones.
   */
  static double medianMillis(int warmup, int times, Timed call) throws Exception {
    for (int i = 0; i < warmup; i++) {
      call.run();
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      long start = System.nanoTime();
      call.run();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    return median(millis);
  }
}
