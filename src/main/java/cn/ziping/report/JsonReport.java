package cn.ziping.report;

import cn.ziping.app.Evaluation;
import cn.ziping.model.Finding;
import cn.ziping.model.FundKind;
import cn.ziping.model.FundRow;
import cn.ziping.model.Num;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.model.Submission;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON format of cli.md: one object per file, an array for several. Field names are fixed. */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private JsonReport() {
    }

    public static String render(List<Evaluation> evaluations) {
        try {
            Object body = evaluations.size() == 1 ? object(evaluations.get(0))
                    : evaluations.stream().map(JsonReport::object).toList();
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> object(Evaluation e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", e.file().toString());
        if (e.error() != null) {
            o.put("error", e.error());
            return o;
        }
        o.put("profile", e.profile());
        o.put("valid", e.count(Severity.ERROR) == 0);
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("errors", e.count(Severity.ERROR));
        stats.put("warnings", e.count(Severity.WARNING));
        stats.put("infos", e.count(Severity.INFO));
        o.put("stats", stats);
        Submission s = e.submission();
        o.put("department", department(s));
        List<Map<String, Object>> projects = new ArrayList<>();
        for (ProjectForm f : s.forms()) projects.add(project(f));
        o.put("projects", projects);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : e.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", f.code());
            m.put("severity", f.severity().id());
            m.put("sheet", f.cell().sheet());
            m.put("cell", f.cell().a1());
            m.put("message", f.message());
            if (f.expected() != null) m.put("expected", f.expected());
            findings.add(m);
        }
        o.put("findings", findings);
        return o;
    }

    private static Map<String, Object> department(Submission s) {
        if (s.summary() == null && s.forms().size() <= 1) return null;
        Map<String, Object> d = new LinkedHashMap<>();
        String name = null;
        Integer year = null;
        if (s.summary() != null) {
            name = s.summary().unitName() == null ? null : s.summary().unitName().value();
            year = parseYear(s.summary().year() == null ? null : s.summary().year().value());
        }
        if (name == null && !s.forms().isEmpty() && s.forms().get(0).department() != null) {
            name = s.forms().get(0).department().value();
        }
        if (year == null && !s.forms().isEmpty()) year = parseYear(s.forms().get(0).year().value());
        d.put("name", name);
        d.put("year", year);
        d.put("projects", s.summary() != null ? s.summary().rows().size() : s.forms().size());
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        for (ProjectForm f : s.forms()) {
            budget = budget.add(amount(f, true));
            executed = executed.add(amount(f, false));
        }
        d.put("budgetTotal", budget);
        d.put("executedTotal", executed);
        d.put("bands", null);
        return d;
    }

    private static Integer parseYear(String y) {
        if (y == null || !y.matches("\\d{4}")) return null;
        return Integer.valueOf(y);
    }

    private static BigDecimal amount(ProjectForm f, boolean budget) {
        return f.fund(FundKind.TOTAL).map(r -> (budget ? r.budget() : r.executed()))
                .map(Num::orZero).orElse(BigDecimal.ZERO);
    }

    private static Map<String, Object> project(ProjectForm f) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("sheet", f.sheet());
        p.put("name", f.displayName());
        FundRow total = f.fund(FundKind.TOTAL).orElse(null);
        p.put("budget", total == null ? null : total.budget().value());
        p.put("executed", total == null ? null : total.executed().value());
        p.put("executionRate", null);
        p.put("executionScore", null);
        p.put("indicatorScore", null);
        p.put("totalScore", null);
        p.put("grade", null);
        p.put("carryOver", null);
        return p;
    }
}
