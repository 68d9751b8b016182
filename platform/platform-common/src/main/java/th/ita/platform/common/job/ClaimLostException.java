package th.ita.platform.common.job;

/**
 * The job is no longer this worker's: it was taken over by another replica (this worker's heartbeat
 * stood still for too long) or given up. The worker stops without writing anything more.
 */
public class ClaimLostException extends RuntimeException {

  public ClaimLostException(JobTable.Claim claim) {
    super("Job " + claim.jobId() + " is no longer attempt " + claim.attempt() + "'s");
  }
}
