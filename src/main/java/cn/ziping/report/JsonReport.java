package cn.ziping.report;

import cn.ziping.app.Evaluation;
import cn.ziping.check.Department;
import cn.ziping.score.ProjectScore;
import cn.ziping.model.Finding;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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

    /**
     * cli.md: amounts in 万元, exact — as typed and summed, no rounding (7.80494 stays 7.80494), so
     * that the sums of per-file figures equal the figures of the whole. Trailing zeros go.
     */
    private static java.math.BigDecimal exact(java.math.BigDecimal v) {
        if (v == null) return null;
        java.math.BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
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
        o.put("department", department(e.department()));
        List<Map<String, Object>> projects = new ArrayList<>();
        for (ProjectScore s : e.scores()) projects.add(project(s, e.carryOverSheets().contains(s.form().sheet())));
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
        // where a processed copy went, or why it could not be written (exit 5); absent for check
        if (e.output() != null) o.put("output", e.output().toString());
        if (e.writeError() != null) o.put("writeError", e.writeError());
        return o;
    }

    private static Map<String, Object> department(Department d) {
        if (d == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.name());
        m.put("year", d.year());
        m.put("projects", d.projects());
        m.put("budgetTotal", exact(d.budgetTotal()));
        m.put("executedTotal", exact(d.executedTotal()));
        Map<String, Object> bands = new LinkedHashMap<>();
        bands.put("ge90", d.bands()[0]);
        bands.put("from60to90", d.bands()[1]);
        bands.put("lt60", d.bands()[2]);
        m.put("bands", bands);
        return m;
    }

    private static Map<String, Object> project(ProjectScore s, boolean carryOver) {
        ProjectForm f = s.form();
        boolean computable = s.computable();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("sheet", f.sheet());
        p.put("name", f.displayName());
        p.put("budget", exact(s.budget()));
        p.put("executed", exact(s.executed()));
        p.put("executionRate", computable ? s.ratePercent() : null);
        p.put("executionScore", computable ? s.executionScore() : null);
        p.put("indicatorScore", s.indicatorScore());
        p.put("totalScore", computable ? s.total() : null);
        p.put("grade", computable && s.total() != null ? s.grade() : null);
        p.put("carryOver", carryOver);
        return p;
    }
}
