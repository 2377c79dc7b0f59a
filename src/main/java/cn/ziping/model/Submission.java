package cn.ziping.model;

import java.util.List;

/**
 * Everything read from one workbook: the summary (null in a single-project workbook or a set of
 * forms), the project forms in sheet order, and what the reader could not read (R findings).
 */
public record Submission(String fileName, Summary summary, List<ProjectForm> forms,
                         List<Finding> readFindings) {
}
