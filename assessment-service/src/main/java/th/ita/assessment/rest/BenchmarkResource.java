package th.ita.assessment.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.assessment.domain.AgencyType;
import th.ita.assessment.mapping.BenchmarkMapper;
import th.ita.assessment.rest.view.BenchmarkViews.Benchmark;
import th.ita.assessment.rest.view.BenchmarkViews.RankingPage;
import th.ita.assessment.service.BenchmarkService;
import th.ita.platform.common.fairuse.RateLimited;
import th.ita.platform.common.paging.PageRequest;
import th.ita.platform.common.rest.CacheDirectives;
import th.ita.platform.common.validation.BuddhistYear;
import th.ita.platform.common.validation.Code;
import th.ita.platform.common.validation.Score;

@Path("/api/v1/results/{fiscalYear}")
@Tag(
    name = "Benchmarks",
    description = "How agencies compare: rankings, averages and distributions of published results")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@RateLimited("rankings")
public class BenchmarkResource {

  private final BenchmarkService benchmarks;

  public BenchmarkResource(BenchmarkService benchmarks) {
    this.benchmarks = benchmarks;
  }

  @GET
  @Path("/rankings")
  @Operation(
      operationId = "getRankings",
      summary = "Rank agencies",
      description =
          "The year's published FINAL results ranked by their published two-decimal score, optionally among agencies of one type and/or one ministry. Equal scores share a rank. Published results are public to every role. A page read within the last second may be answered again (`Cache-Control: no-cache` asks for it read anew); a publish shows at once on the instance that made it, and within that second on the others.")
  @APIResponse(responseCode = "200", description = "One page of the ranking")
  @APIResponse(responseCode = "404", description = "No framework for that year")
  public RankingPage rankings(
      @Parameter(example = "2566") @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @QueryParam("type") AgencyType type,
      @Parameter(example = "MOC") @QueryParam("ministry") @Code String ministry,
      @Valid @BeanParam PageRequest page,
      @Parameter(
              description =
                  "`no-cache` asks for the ranking read anew; otherwise a page read in the last second may be answered")
          @HeaderParam(HttpHeaders.CACHE_CONTROL)
          String cacheControl) {
    return BenchmarkMapper.toPage(
        benchmarks.rankings(
            fiscalYear, type, ministry, page, CacheDirectives.noCache(cacheControl)));
  }

  @GET
  @Path("/benchmark")
  @Operation(
      operationId = "getBenchmark",
      summary = "Benchmark a year",
      description =
          "Over the year's published FINAL results in scope (all, one agency type and/or one ministry): the number of agencies, the average overall score, how many and what share reach the target (the framework's national 85 unless given), the distribution over levels, and the average of each indicator.")
  @APIResponse(responseCode = "200", description = "The benchmark")
  @APIResponse(responseCode = "404", description = "No framework for that year")
  public Benchmark benchmark(
      @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @QueryParam("type") AgencyType type,
      @QueryParam("ministry") @Code String ministry,
      @Parameter(description = "Target score", example = "85") @QueryParam("target") @Score
          BigDecimal target) {
    return BenchmarkMapper.toView(benchmarks.benchmark(fiscalYear, type, ministry, target));
  }
}
