package th.ita.assessment.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.assessment.domain.ResultInput;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.assessment.mapping.ResultJson.Representation;
import th.ita.assessment.rest.view.ResultView;
import th.ita.assessment.service.ResultAccess;
import th.ita.assessment.service.ResultService;
import th.ita.assessment.service.ResultService.Draft;
import th.ita.assessment.service.ResultService.Scored;
import th.ita.assessment.service.ResultService.Shown;
import th.ita.assessment.service.ResultService.StoredView;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.security.CallerAgency;
import th.ita.platform.common.security.Roles;
import th.ita.platform.common.validation.BuddhistYear;
import th.ita.platform.common.validation.Code;

@Path("/api/v1/agencies/{agencyCode}/results/{fiscalYear}")
@Tag(
    name = "Results",
    description =
        "Agencies' ITA scores per fiscal year and round, their official scoring and publication")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ResultResource {

  /**
   * Published results are public information that changes only when an agency publishes: shared
   * caches may keep one for a minute, so a correction or a move in the ranks shows within it.
   */
  static final String PUBLISHED_CACHING = "public, max-age=60";

  /** A draft is for a few readers and changes with each edit: never kept by any cache. */
  static final String DRAFT_CACHING = "private, no-store";

  /** As the API's JSON answers are labelled when Jackson writes them. */
  private static final MediaType JSON_UTF8 =
      MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name());

  /** The ETag of a published result: its version, a digest of its view and one of its ranks. */
  private static final Pattern PUBLISHED_TAG =
      Pattern.compile("\\s*(?:W/)?\"?(\\d+)-[0-9a-f]{16}(?:-[0-9a-f]{16})?\"?\\s*");

  private final ResultService results;
  private final CallerAgency caller;
  private final ResultAccess access;
  private final ResultViews views;

  public ResultResource(
      ResultService results, CallerAgency caller, ResultAccess access, ResultViews views) {
    this.results = results;
    this.caller = caller;
    this.access = access;
    this.views = views;
  }

  @PUT
  @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putResult",
      summary = "Enter or correct an agency's scores",
      description =
          "Stores the scores as a draft and returns them scored: question, sub-group, indicator, tool and overall scores and the level, computed from whatever is not given. Published figures in `official` stand as given; recomputations that differ by more than 0.01 are listed in `discrepancies`. Every problem of the input is reported at once and nothing is stored. Editing an existing draft needs its ETag as If-Match; changing a published result needs `correctionReason` and creates a new revision. Assessors and ita-admins only.")
  @APIResponse(
      responseCode = "200",
      description = "The scored draft",
      content = @Content(schema = @Schema(implementation = ResultView.class)))
  @APIResponse(responseCode = "404", description = "No such agency")
  @APIResponse(responseCode = "412", description = "The draft changed since it was read")
  @APIResponse(responseCode = "428", description = "A draft exists and If-Match is missing")
  public Response put(
      @Parameter(example = "DITP") @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(description = "Buddhist-era fiscal year", example = "2566")
          @PathParam("fiscalYear")
          @BuddhistYear
          int fiscalYear,
      @Parameter(description = "ETag of the draft being edited") @HeaderParam("If-Match")
          String ifMatch,
      ResultInput input) {
    if (input == null) {
      throw ProblemException.validation(List.of(new FieldError("body", "a JSON body is required")));
    }
    Long expected = ETags.optional(versionIn(ifMatch));
    Scored scored = results.save(agencyCode, fiscalYear, input, expected, caller.username());
    return Response.ok(views.toView(scored)).tag(ETags.of(scored.result().version)).build();
  }

  @GET
  @Operation(
      operationId = "getResult",
      summary = "Get an agency's scored result",
      description =
          "The newest revision the caller may see. Published results are readable by every role; drafts only by the agency's own officers, assessors and ita-admins.")
  @APIResponse(
      responseCode = "200",
      description = "The scored result",
      content = @Content(schema = @Schema(implementation = ResultView.class)))
  @APIResponse(
      responseCode = "304",
      description =
          "The published result and its ranks are those of the ETag sent as If-None-Match")
  @APIResponse(responseCode = "404", description = "No result the caller may see")
  public Response get(
      @PathParam("agencyCode") @Code String agencyCode,
      @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(description = "FINAL (default when present) or INTERIM") @QueryParam("round")
          Round round,
      @Parameter(
              description =
                  "ETag of a published result read before: 304 without a body if it is still current")
          @HeaderParam("If-None-Match")
          String ifNoneMatch) {
    Shown shown = results.shown(agencyCode, fiscalYear, round, access.maySeeDrafts(agencyCode));
    if (shown instanceof Draft draft) {
      // A draft's ETag is its version, which If-Match needs; it does not change when the agency is
      // renamed, so it cannot promise the same bytes, and a draft is always sent whole.
      Scored scored = draft.scored();
      return Response.ok(views.withRanks(scored))
          .tag(ETags.of(scored.result().version))
          .header(HttpHeaders.CACHE_CONTROL, DRAFT_CACHING)
          .build();
    }
    Representation published = views.withRanks((StoredView) shown);
    EntityTag tag = new EntityTag(published.etag());
    if (matches(ifNoneMatch, published.etag())) {
      return Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, PUBLISHED_CACHING).build();
    }
    return Response.ok(published.body(), JSON_UTF8)
        .tag(tag)
        .header(HttpHeaders.CACHE_CONTROL, PUBLISHED_CACHING)
        .build();
  }

  /**
   * Whether If-None-Match names the current representation: {@code *}, or one of its entity tags,
   * compared weakly (a {@code W/} prefix is ignored), as RFC 9110 asks for If-None-Match.
   */
  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String value = candidate.trim();
      if (value.equals("*")) {
        return true;
      }
      if (value.startsWith("W/")) {
        value = value.substring(2);
      }
      if (value.equals("\"" + etag + "\"")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The version an If-Match names. A published result's ETag also carries digests of its view and
   * ranks; it names its revision's version as a plain one does, so that a correction or a publish
   * sent with it is answered as before.
   */
  private static String versionIn(String ifMatch) {
    if (ifMatch == null) {
      return null;
    }
    Matcher published = PUBLISHED_TAG.matcher(ifMatch);
    return published.matches() ? published.group(1) : ifMatch;
  }

  @POST
  @Path("/publish")
  @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
  @Operation(
      operationId = "publishResult",
      summary = "Publish the draft",
      description =
          "Makes the draft the official, immutable result and announces it with a ResultPublished event (written in the same transaction, delivered through the outbox). Send the draft's ETag as If-Match: publishing cannot be undone, so it must be the draft that was reviewed. Assessors and ita-admins only.")
  @APIResponse(
      responseCode = "200",
      description = "The published result",
      content = @Content(schema = @Schema(implementation = ResultView.class)))
  @APIResponse(responseCode = "409", description = "There is no draft to publish")
  @APIResponse(responseCode = "412", description = "The draft changed since it was read")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response publish(
      @PathParam("agencyCode") @Code String agencyCode,
      @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @QueryParam("round") Round round,
      @Parameter(description = "ETag of the draft", required = true) @HeaderParam("If-Match")
          String ifMatch) {
    Scored scored =
        results.publish(
            agencyCode,
            fiscalYear,
            round,
            ETags.required(versionIn(ifMatch), "draft"),
            caller.username());
    return Response.ok(views.toView(scored)).tag(ETags.of(scored.result().version)).build();
  }

  @GET
  @Path("/revisions")
  @Operation(
      operationId = "listResultRevisions",
      summary = "The history of a result",
      description =
          "Every revision, oldest first, with who entered and published it, when, and why it was corrected. Drafts appear only for those who may see them.")
  @APIResponse(
      responseCode = "200",
      description = "The revisions",
      content =
          @Content(schema = @Schema(implementation = ResultView.class, type = SchemaType.ARRAY)))
  public List<ResultView> revisions(
      @PathParam("agencyCode") @Code String agencyCode,
      @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @QueryParam("round") Round round) {
    return results
        .revisions(agencyCode, fiscalYear, round, access.maySeeDrafts(agencyCode))
        .stream()
        .map(views::toView)
        .toList();
  }
}
