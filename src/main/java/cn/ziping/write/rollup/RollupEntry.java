package cn.ziping.write.rollup;

import cn.ziping.check.Department;
import cn.ziping.model.Finding;
import cn.ziping.score.ProjectScore;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One readable workbook as the roll-up needs it: its file (as shown), its annotated copy (null
 * when none was written), the department ziping computed (null for a single-project workbook,
 * then {@code name}/{@code year} come from the form), ziping's scores, the carry-over sheets and
 * every finding.
 */
public record RollupEntry(String file, Path copy, String name, Integer year, Department department,
                          List<ProjectScore> scores, Set<String> carryOverSheets, List<Finding> findings) {
}
