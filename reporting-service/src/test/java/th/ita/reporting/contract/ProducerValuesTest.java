package th.ita.reporting.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import th.ita.reporting.service.ProducerValues;

/**
 * The enums of {@link ProducerValues}, which name in the OpenAPI document the values reporting
 * keeps as strings, list exactly the constants of the producers' enums, read from their sources.
 */
class ProducerValuesTest {

  private static final String ASSESSMENT =
      "../assessment-service/src/main/java/th/ita/assessment/domain/";
  private static final String MEASURES =
      "../measures-service/src/main/java/th/ita/measures/domain/";
  private static final String PLATFORM =
      "../platform/platform-common/src/main/java/th/ita/platform/common/";

  /** Each documenting enum, and the producer's source file that declares the enum of that name. */
  private static final Map<Class<? extends Enum<?>>, String> PRODUCERS =
      Map.of(
          ProducerValues.MeasureStatus.class, MEASURES + "MeasureStatus.java",
          ProducerValues.MilestoneStatus.class, MEASURES + "MilestoneStatus.java",
          ProducerValues.PlanStatus.class, MEASURES + "PlanStatus.java",
          ProducerValues.FiscalQuarter.class, PLATFORM + "calendar/FiscalQuarter.java",
          ProducerValues.Tier.class, MEASURES + "Tier.java",
          ProducerValues.FrameCategory.class, MEASURES + "FrameCategory.java",
          ProducerValues.AgencyType.class, ASSESSMENT + "AgencyType.java",
          ProducerValues.ToolCode.class, ASSESSMENT + "FrameworkDefinition.java",
          ProducerValues.PartCode.class, ASSESSMENT + "FrameworkDefinition.java",
          ProducerValues.Round.class, ASSESSMENT + "ResultInput.java");

  @Test
  void everyDocumentedSetIsTheProducersEnum() throws IOException {
    assertThat(PRODUCERS).hasSameSizeAs(ProducerValues.class.getDeclaredClasses());
    for (var producer : PRODUCERS.entrySet()) {
      Class<? extends Enum<?>> documented = producer.getKey();
      List<String> names = Arrays.stream(documented.getEnumConstants()).map(Enum::name).toList();
      assertThat(names)
          .as(documented.getSimpleName())
          .containsExactlyElementsOf(
              constants(Path.of(producer.getValue()), documented.getSimpleName()));
    }
  }

  /** The constants of the enum {@code name} declared in a Java source file. */
  private static List<String> constants(Path source, String name) throws IOException {
    String code =
        Files.readString(source).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    Matcher body = Pattern.compile("\\benum\\s+" + name + "\\s*\\{([^;}]*)").matcher(code);
    assertThat(body.find()).as("enum " + name + " in " + source).isTrue();
    return Arrays.stream(
            body.group(1).replaceAll("\\([^)]*\\)", "").split(",")) // drops constructor arguments
        .map(String::strip)
        .filter(c -> !c.isEmpty())
        .toList();
  }
}
