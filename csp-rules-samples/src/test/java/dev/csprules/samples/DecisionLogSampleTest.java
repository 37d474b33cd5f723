package dev.csprules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision-log sample logs both decisions masked, archives their policy, and replays them unchanged. */
class DecisionLogSampleTest {

  @Test
  void logsBothDecisionsMaskedAndReplaysThemUnderTheirOwnPolicy(@TempDir Path folder) throws Exception {
    String output = SampleOutput.of(() -> DecisionLogSample.main(new String[] {folder.toString()}));

    List<String> records = Files.readAllLines(folder.resolve("decisions.jsonl"));
    assertEquals(2, records.size(), String.join("\n", records));
    String log = String.join("\n", records);
    for (String personal : List.of("it-admin@", "Taro Yamada", "Fabrikam KK", "2-11-1 Shibuya")) {
      assertFalse(log.contains(personal), personal + " in\n" + log);
    }
    assertTrue(Files.isDirectory(folder.resolve("policy-archive")), "no policy archive");

    assertTrue(output.contains("ENROLLMENT application-42: INELIGIBLE under policy "), output);
    assertTrue(output.contains("ORDER order-7: DENIED under policy "), output);
    assertTrue(output.contains("partner.adminEmail"), output);
    assertEquals(2, output.lines().filter(line -> line.equals("  replayed: reproduced")).count(), output);
  }
}
